import { describe, expect, it } from "vitest";
import { totalStrength } from "../../../src/extract";
import { observe } from "../helpers";

describe("cue after the number", () => {
  it.each([
    ["开展了12场普法宣传活动。", "publicity_events", 12, "开展了12场普法宣传活动"],
    ["发放3000余份宣传资料。", "publicity_materials", 3000, "发放3000余份宣传资料"],
    ["解答50余人次法律咨询。", "legal_consultations", 50, "解答50余人次法律咨询"],
    ["办理5件法律援助案件。", "legal_aid_cases", 5, "办理5件法律援助案件"],
    ["组织12次中心组学习。", "law_training_sessions", 12, "组织12次中心组学习"],
    ["举办3期法治培训班。", "law_training_sessions", 3, "举办3期法治培训班"],
    ["受理12件信访案件。", "petitions", 12, "受理12件信访案件"],
    ["全年调处45起矛盾纠纷。", "disputes_handled", 45, "调处45起矛盾纠纷"],
  ] as const)("%s → %s %d", (body, id, value, evidence) => {
    expect(observe(body, id)).toMatchObject({ value, evidence: { text: evidence } });
  });

  it.each([
    ["开展10次法律咨询活动。", "publicity_events"],
    ["开展10次法律咨询活动。", "legal_consultations"],
    ["组织30次普法培训。", "publicity_events"],
    ["印制3000份宣传资料。", "publicity_materials"],
  ] as const)("not: %s (%s)", (body, id) => {
    expect(observe(body, id)).toBeUndefined();
  });
});

describe("totalStrength", () => {
  it.each([
    ["全年相关站所、部门和各村共开展", 2],
    ["镇、村累计开展", 1],
    ["一年来，派出所等部门组织开展", 1],
    ["在《中华人民共和国民法典》宣传中", 0],
    ["中共某镇委员会与公共法律服务中心", 0],
    ["开展", 0],
  ])("%s → %d", (prefix, strength) => {
    expect(totalStrength(prefix)).toBe(strength);
  });
});
