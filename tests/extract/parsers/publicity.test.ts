import { describe, expect, it } from "vitest";
import { observe, valueOf } from "../helpers";

describe("publicity parser: events", () => {
  it.each([
    ["全年共开展法治宣传5次，发放宣传资料1000余份。", 5],
    ["开展普法宣传活动一百二十场次。", 120],
    ["组织专题讲解及政策宣讲10场次。开展“法律进校园”专题普法活动3次。", 13],
    ["全年开展送法进乡村8次、进校园2次、进机关1次、进企业1次。", 12],
    ["开展普法宣传活动，共计20场次。", 20],
    ["开展普法宣传活动，深入村组院落，共计20场次。", 20],
    ["开展普法活动50场左右。", 50],
    ["开展“法律七进”活动20场次。", 20],
  ])("%s → %d", (body, value) => {
    expect(valueOf(body, "publicity_events")).toBe(value);
  });

  it("the year total wins over its parts", () => {
    const body =
      "镇、村累计开展普法宣传“六进”活动80余场次，发放宣传资料20000余份。一年来，派出所等部门组织开展普法宣传活动40余场次，发放宣传资料8000余份。全年相关站所、部门和各村共开展普法宣传活动120余场次，发放宣传资料28000余份。";
    expect(observe(body, "publicity_events")).toMatchObject({
      value: 120,
      basis: "stated",
      approx: "at_least",
    });
    expect(valueOf(body, "publicity_materials")).toBe(28000);
  });

  it("sums parts when no total is given; the evidence runs from the first part to the last", () => {
    const o = observe("送法进乡村8次、进校园2次、进机关1次、进企业1次。", "publicity_events")!;
    expect(o).toMatchObject({ value: 12, basis: "derived", rule: "publicity.events-sum", approx: "exact" });
    expect(o.evidence.text).toBe("送法进乡村8次、进校园2次、进机关1次、进企业1次");
    expect(o.sources?.map((s) => s.text)).toEqual(["送法进乡村8次", "进校园2次", "进机关1次", "进企业1次"]);
    expect(o.derivation).toBe("送法进乡村8次 + 进校园2次 + 进机关1次 + 进企业1次 → 12");
  });
});

describe("publicity parser: materials and audience", () => {
  it.each([
    ["发放宣传资料28000余份。", 28000],
    ["发放宣传资料1万余份。", 10000],
    ["发放禁种铲毒、非法集资、反诈骗宣传教育资料3000余份。", 3000],
    ["发放宣传彩页7000余份，发放法治书籍4000余本。", 11000],
    ["派发宣传资料1000多份（册）。", 1000],
  ])("materials: %s → %d", (body, value) => {
    expect(valueOf(body, "publicity_materials")).toBe(value);
  });

  it.each([
    ["受教育群众30000余人次。", 30000],
    ["覆盖群众两万余人次。", 20000],
    ["受惠群众达4000余人次。", 4000],
    ["受众人群2000余人。", 2000],
    ["受教育干部群众8200余人次。", 8200],
    ["受教育干部群众一万七千余人次。", 17000],
    ["吸引2000余名群众参与。", 2000],
  ])("audience: %s → %d", (body, value) => {
    expect(valueOf(body, "publicity_audience")).toBe(value);
  });
});
