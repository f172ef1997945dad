import { describe, expect, it } from "vitest";
import { observe } from "../helpers";

describe("preferYearTotal", () => {
  it.each([
    [
      "镇、村累计开展普法宣传活动80余场次。一年来，各部门开展普法宣传活动40余场次。全年共开展普法宣传活动120余场次。",
      120,
    ],
    ["全年共开展法治宣传5次。开展普法宣传活动3次。", 5],
    ["开展普法宣传活动3次。全镇共开展普法宣传活动10次。", 10],
  ])("%s → %d", (body, value) => {
    expect(observe(body, "publicity_events")).toMatchObject({ value, basis: "stated" });
  });

  it("an unmarked figure equal to the sum of the others is their total", () => {
    expect(observe("开展普法活动3次。开展送法进校园2次，送法进企业1次。", "publicity_events")).toMatchObject({
      value: 3,
      basis: "stated",
    });
  });

  it("a named part (送法进乡村) is never the total, even after 全年", () => {
    expect(observe("全年开展送法进乡村8次，送法进校园2次。", "publicity_events")).toMatchObject({
      value: 10,
      basis: "derived",
    });
  });
});
