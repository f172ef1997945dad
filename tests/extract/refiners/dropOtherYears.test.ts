import { describe, expect, it } from "vitest";
import { lastYearMention } from "../../../src/extract";
import { valueOf } from "../helpers";

describe("lastYearMention", () => {
  it.each([
    ["2022年，组织", 2023, 2022],
    ["2023年以来，", 2023, 2023],
    ["今年以来", 2023, "this"],
    ["去年", 2023, 2022],
    ["明年", 2023, 2024],
    ["按照《法治政府建设实施纲要（2021—2025年）》要求，", 2023, null],
    ["《2022年全区法治政府建设工作要点》印发后，", 2023, null],
    ["全年共", 2023, null],
  ] as const)("%s → %s", (prefix, year, want) => {
    expect(lastYearMention(prefix, year)).toBe(want);
  });
});

describe("dropOtherYears", () => {
  it.each([
    ["2022年调处纠纷50起，2023年调处纠纷60起。", 60],
    ["去年调处纠纷50起。今年调处纠纷60起。", 60],
    ["调处纠纷60起，较2022年增长20%。", 60],
    ["按照《2021—2025年规划》，调处纠纷60起。", 60],
  ])("%s → %d", (body, value) => {
    expect(valueOf(body, "disputes_handled")).toBe(value);
  });

  it("keeps comparisons out of every indicator", () => {
    expect(valueOf("调解成功率较上年提高5%。", "dispute_resolution_pct")).toBeNull();
  });
});
