import { describe, expect, it } from "vitest";
import { buildDeckModel, yearList, type DeckSlide } from "../../src/export/deckModel";
import { paginate } from "../../src/export/deckLayout";
import { COUNTY, fixtureReports } from "./fixture";
import type { StoredReport } from "../../src/domain";

const input = { reports: fixtureReports, county: COUNTY, year: 2024, fictional: true, date: "2025-01-15" };

const titles = (slides: DeckSlide[]) => slides.map((s) => `${s.kind}:${s.title}`);

describe("buildDeckModel", () => {
  const model = buildDeckModel(input);

  it("tells the year in a dozen slides at most, in briefing order", () => {
    expect(titles(model.slides)).toEqual([
      "cover:测试县2024年法治政府建设情况简报",
      "overview:2024年概览",
      "chart:法律顾问覆盖率：2024年各乡镇排名",
      "chart:调处纠纷数：2024年各乡镇排名",
      "chart:调解成功率：2024年各乡镇排名",
      "chart:普法活动场次：2024年各乡镇排名",
      "chart:关键指标历年中位数（2022—2024年）",
      "table:2024年缺少关键指标的乡镇：3个",
      "table:反复出现的问题（按类别）",
      "quotes:反复出现最久的问题（原文）",
      "table:附表：2024年各乡镇关键指标",
    ]);
    expect(model.slides.length).toBeLessThanOrEqual(14);
  });

  it("marks the fictional county and carries the source line", () => {
    expect(model.fictional).toBe(true);
    expect(model.source).toBe("数据来源：各乡镇法治政府建设情况报告，自动提取，2025-01-15导出");
    expect(model.slides[0]).toMatchObject({ kind: "cover", note: "2025-01-15导出 · 虚构示例数据" });
  });

  it("uses the overview's headline numbers", () => {
    const s = model.slides[1];
    expect(s?.kind === "overview" && s.headlines.map((h) => [h.label, h.value])).toEqual([
      ["收到报告", "5 / 6"],
      ["缺少关键指标", "3 个乡镇"],
      ["反复出现的问题", "2 项"],
    ]);
  });

  it("counts the roster's townships that sent no report at all (未报送), as the overview does", () => {
    const names = [...new Set(fixtureReports.map((r) => r.township as string))];
    const roster = {
      county: { code: null, name: COUNTY },
      entries: [...names, "新设镇"].map((name) => ({ code: null, name })),
    };
    const m = buildDeckModel({ ...input, roster });
    const ov = m.slides[1];
    expect(ov?.kind === "overview" && ov.headlines[0]?.value).toBe(`5 / ${names.length + 1}`);
    const s = m.slides.find((x) => x.title.startsWith("2024年缺少关键指标"));
    expect(s?.title).toBe("2024年缺少关键指标的乡镇：4个");
    expect(s?.kind === "table" && s.rows.find((r) => r[0] === "新设镇")).toEqual([
      "新设镇",
      "✗ 未报送",
      "✗ 未报送",
      "✗ 未报送",
      "✗ 未报送",
    ]);
    // Another county's roster is not this deck's.
    const other = buildDeckModel({ ...input, roster: { ...roster, county: { code: null, name: "别县" } } });
    expect(other.slides.find((x) => x.title.startsWith("2024年缺少关键指标"))?.title).toBe(
      "2024年缺少关键指标的乡镇：3个",
    );
  });

  it("draws a ranking only where it separates townships; the rest is said in a sentence", () => {
    const charts = model.slides.filter((s) => s.kind === "chart");
    for (const s of charts) expect(s.finding).toMatch(/。$/);
    const allEqual: StoredReport[] = fixtureReports.map((r) => ({
      ...r,
      indicators: r.indicators.map((o) => (o.id === "disputes_handled" ? { ...o, value: 7 } : o)),
    }));
    const m = buildDeckModel({ ...input, reports: allEqual, sections: ["indicators"] });
    expect(titles(m.slides)).not.toContain("chart:调处纠纷数：2024年各乡镇排名");
    const only = buildDeckModel({ ...input, reports: allEqual, sections: ["indicators"] });
    expect(
      only.slides.some((s) => s.kind === "statement" && s.points.some((p) => p.startsWith("调处纠纷数："))),
    ).toBe(true);
  });

  it("makes what is missing the loudest cell, townships with most gaps first", () => {
    const s = model.slides.find((x) => x.title.startsWith("2024年缺少关键指标"));
    expect(s?.kind === "table" && s.rows).toEqual([
      ["丁镇", "✗ 未报送", "✗ 未报送", "✗ 未报送", "✗ 未报送"],
      ["丙乡", "✗ 未写明", "约25起", "88%", "6场次"],
      ["乙镇", "95%", "70余起", "✗ 未写明", "15场次"],
    ]);
    expect(s?.kind === "table" && s.tones?.[1]).toEqual([null, "alert", "muted", "muted", "muted"]);
  });

  it("summarises recurring problems by category and quotes the longest-running in full", () => {
    const table = model.slides.find((x) => x.title.startsWith("反复出现的问题"));
    expect(table?.kind === "table" && table.rows).toEqual([
      ["普法形式单一", "1", "3年", "甲镇"],
      ["法治队伍薄弱", "1", "2年", "乙镇"],
    ]);
    const quotes = model.slides.find((x) => x.kind === "quotes");
    expect(quotes?.kind === "quotes" && quotes.quotes).toEqual([
      { head: "甲镇 · 普法形式单一 · 2022—2024年", text: "“普法宣传覆盖面不够广，针对性不强。”" },
      { head: "乙镇 · 法治队伍薄弱 · 2022、2024年", text: "“法治队伍建设需加强。”" },
    ]);
  });

  it("never cuts a quote with an ellipsis, however long", () => {
    const long = "普法宣传" + "覆盖面不够广、针对性不强，".repeat(12) + "需要改进。";
    const reports = fixtureReports.map((r) =>
      r.township === "甲镇" && r.year === 2024
        ? { ...r, shortcomings: [{ category: "publicity_form" as const, text: long, start: 0, end: 2 }] }
        : r,
    );
    const m = buildDeckModel({ ...input, reports });
    const texts = m.slides.flatMap((s) => (s.kind === "quotes" ? s.quotes.map((q) => q.text) : []));
    expect(texts).toContain(`“${long}”`);
    const words = m.slides.flatMap((s) => [
      s.title,
      "finding" in s ? s.finding : "",
      ...(s.kind === "table" ? s.rows.flat() : []),
      ...(s.kind === "quotes" ? s.quotes.map((q) => q.text) : []),
      ...(s.kind === "statement" ? s.points : []),
    ]);
    for (const w of words) expect(w).not.toContain("…");
  });

  it("keeps only the chosen sections", () => {
    const m = buildDeckModel({ ...input, sections: ["missing", "overview"] });
    expect(m.slides.map((s) => s.kind)).toEqual(["cover", "overview", "table"]);
  });

  it("splits long tables evenly over slides, never leaving a near-empty one", () => {
    const many: StoredReport[] = Array.from({ length: 23 }, (_, i) => ({
      ...fixtureReports[0]!,
      id: `t${i}`,
      township: `第${String(i + 1).padStart(2, "0")}镇`,
      year: 2024,
    }));
    const m = buildDeckModel({ ...input, reports: many, sections: ["appendix"] });
    const sizes = m.slides.flatMap((s) => (s.kind === "table" ? [s.rows.length] : []));
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(23);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    expect(m.slides[1]?.title).toMatch(/（1\/\d）$/);
  });

  it("paginate evens out what a greedy split would leave", () => {
    expect(paginate([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], () => 1, 12).map((p) => p.length)).toEqual([
      7, 7,
    ]);
    expect(paginate([1, 2, 3], () => 1, 12)).toEqual([[1, 2, 3]]);
  });

  it("a one-township county gets sentences, not blank rankings", () => {
    const one = fixtureReports.filter((r) => r.township === "丙乡" && r.year === 2024);
    const m = buildDeckModel({ ...input, reports: one });
    expect(m.slides.some((s) => s.kind === "chart")).toBe(false);
    const st = m.slides.find((s) => s.kind === "statement");
    expect(st?.kind === "statement" && st.points[0]).toBe("法律顾问覆盖率：丙乡的报告未写明法律顾问覆盖率。");
    // The sentences name every figure and gap: no one-row table of gaps or figures after them.
    expect(m.slides.some((s) => s.kind === "table")).toBe(false);
    expect(titles(m.slides)).toEqual([
      "cover:测试县2024年法治政府建设情况简报",
      "overview:2024年概览",
      "statement:2024年关键指标",
    ]);
  });

  it("says a gap list of one or two townships in sentences, in the table's words", () => {
    const two = fixtureReports.filter((r) => ["丙乡", "甲镇"].includes(r.township ?? "") && r.year === 2024);
    const m = buildDeckModel({ ...input, reports: two, sections: ["missing"] });
    const st = m.slides[1];
    expect(st?.kind).toBe("statement");
    expect(st?.kind === "statement" && st.points).toEqual(["丙乡：未写明法律顾问覆盖率"]);
  });

  it.each([
    [[2022, 2024], "2022、2024"],
    [[2021, 2022, 2023, 2024], "2021—2024"],
    [[2019, 2021, 2022, 2023, 2025, 2026], "2019、2021—2023、2025、2026"],
  ])("writes years %j as %s", (years, text) => {
    expect(yearList(years)).toBe(text);
  });
});
