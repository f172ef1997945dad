import { describe, expect, it } from "vitest";
import { parseSections } from "../../src/extract";

const REPORT = [
  "某镇2023年法治政府建设情况报告",
  "一、2023年推进法治政府建设的主要举措和成效",
  "（一）强化组织领导，夯实基础。正文。",
  "1.全面推行三项制度。",
  "二、存在的不足和原因",
  "一是宣传形式单一。二是队伍薄弱。",
  "三、2024年工作计划",
  "开展普法活动30场。",
].join("\n");

describe("parseSections", () => {
  const s = parseSections(REPORT);

  it("reads heading levels", () => {
    expect(s.headings.filter((h) => h.level > 0).map((h) => [h.level, h.text.slice(0, 4)])).toEqual([
      [1, "一、20"],
      [2, "（一）强"],
      [3, "1.全面"],
      [1, "二、存在"],
      [1, "三、20"],
    ]);
  });

  it("finds the shortcomings section up to the next top-level heading", () => {
    expect(REPORT.slice(s.shortcomings!.start, s.shortcomings!.end).trim()).toBe(
      "一是宣传形式单一。二是队伍薄弱。",
    );
  });

  it("marks the plan section", () => {
    expect(s.inPlan(REPORT.indexOf("开展普法活动30场"))).toBe(true);
    expect(s.inPlan(REPORT.indexOf("全面推行"))).toBe(false);
  });

  it.each([
    [
      "三、存在的问题及下一步打算\n（一）存在的问题\n1.形式单一。\n2.队伍薄弱。\n（二）下一步打算\n加强。",
      "1.形式单一。\n2.队伍薄弱。",
    ],
    ["二、困难和问题\n形式单一。\n下一步，我们将加强。", "形式单一。"],
    [
      "工作中也存在一些问题：一是形式单一；二是队伍薄弱。\n下一步，我们将加强。",
      "一是形式单一；二是队伍薄弱。",
    ],
  ])("section of %j", (text, body) => {
    const sc = parseSections(text).shortcomings!;
    expect(
      text
        .slice(sc.start, sc.end)
        .replace(/^（一）存在的问题\n/, "")
        .trim(),
    ).toBe(body);
  });

  it("prefers a real shortcomings heading over an achievement that ends with 问题", () => {
    const text = "一、着力解决执行难问题\n正文。\n二、存在的不足\n形式单一。";
    const sc = parseSections(text).shortcomings!;
    expect(text.slice(sc.start, sc.end)).toBe("形式单一。");
  });
});
