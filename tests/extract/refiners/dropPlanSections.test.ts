import { describe, expect, it } from "vitest";
import { extractReport } from "../../../src/extract";

describe("dropPlanSections", () => {
  it.each([
    "三、2024年工作计划",
    "四、下一年度推进法治政府建设的初步安排",
    "四、2023年推进法治政府建设的工作思路目标举措",
    "四、工作建议",
    "下一步工作打算",
    "三、2024年工作重点",
  ])("figures under %s are intentions", (heading) => {
    const raw = `某县某镇人民政府\n关于2023年度法治政府建设情况的报告\n一、主要成效\n开展普法宣传活动12场。\n${heading}\n开展普法宣传活动30场，调处纠纷50起。`;
    const r = extractReport(raw, "t.txt");
    expect(r.indicators.find((o) => o.id === "publicity_events")?.value).toBe(12);
    expect(r.indicators.find((o) => o.id === "disputes_handled")).toBeUndefined();
  });
});
