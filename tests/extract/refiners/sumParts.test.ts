import { describe, expect, it } from "vitest";
import { observe } from "../helpers";

describe("sumParts", () => {
  it.each([
    ["publicity_events", "送法进乡村8次、进校园2次、进机关1次、进企业1次。", 12, "exact"],
    ["publicity_materials", "发放习近平法治思想读本300余册。发放宣传教育资料3000余份。", 3300, "at_least"],
    [
      "publicity_materials",
      "发放宣传彩页7000余份，发放法治书籍4000余本。发放宣传册600余份。",
      11600,
      "at_least",
    ],
    ["law_training_sessions", "组织党委中心组学法4次。开展法治专题培训2次。", 6, "exact"],
    ["legal_consultations", "解答法律咨询51人次。接待法律咨询约125人次。", 176, "about"],
  ] as const)("%s: %s → %d", (id, body, value, approx) => {
    expect(observe(body, id)).toMatchObject({ value, approx, basis: "derived" });
  });

  it("counts a restated figure once", () => {
    expect(observe("发放宣传资料1000余份。……发放宣传资料1000余份。", "publicity_materials")?.value).toBe(
      1000,
    );
  });

  it("never sums stocks (staff, villages, disputes)", () => {
    expect(observe("执法人员共有13名。新取得执法资格人员5人。", "enforcement_staff")?.value).toBe(13);
    expect(observe("调处纠纷30起。调处矛盾纠纷25起。", "disputes_handled")?.value).toBe(30);
  });
});
