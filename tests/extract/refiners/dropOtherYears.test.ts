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
    // A compared year scopes only the compared figure, never the rest of the sentence.
    ["开展普法活动48场次，较2021年增加12场次，", 2022, null],
    ["与2021年相比，", 2022, null],
    ["2021年开展普法活动40场次，较2020年增加5场次，", 2022, 2021],
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

  it("drops only the compared figure, not the sentence's other figures", () => {
    const body = "开展普法活动48场次，较2021年增加12场次，发放宣传资料1.5万份，覆盖群众3万余人次。";
    expect(valueOf(body, "publicity_events", 2022)).toBe(48);
    expect(valueOf(body, "publicity_materials", 2022)).toBe(15000);
    expect(valueOf(body, "publicity_audience", 2022)).toBe(30000);
  });

  it.each([
    ["普法宣传活动比2022年增加10场。"],
    ["与2022年相比，普法宣传活动增加10场。"],
    ["同比增加普法宣传活动10场。"],
  ])("a comparison is no count: %s", (body) => {
    expect(valueOf(body, "publicity_events")).toBeNull();
  });
});
