import { describe, expect, it } from "vitest";
import { valueOf } from "../helpers";

describe("dropStandingRules", () => {
  it.each([
    ["坚持每年开展普法活动不少于4次。", null],
    ["每月一次组织干部学法。", null],
    ["每季度开展普法宣传1次。", null],
    ["普法宣传活动不少于12场。", null],
    ["力争开展普法宣传活动20场。", null],
    ["开展普法宣传1次/月。", null],
    ["全年开展普法宣传活动12场，每场均有法律顾问参加。", 12],
  ])("%s → %s", (body, value) => {
    expect(valueOf(body, "publicity_events")).toBe(value);
  });
});
