import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { totalStrength } from "../../../src/extract";
import { buildContext } from "../../../src/extract/context";
import { runCueRule, type CueRuleSpec } from "../../../src/extract/parsers/cueRule";
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

// runCueRule skips a cue pattern on a window that holds none of the characters its matches need
// (prefilter.ts, one bit per rule): the same rule with its filter defeated must find the same.
describe("the cue filter", () => {
  const noFilter = (spec: CueRuleSpec): CueRuleSpec => ({
    ...spec,
    // A branch that never matches and needs nothing: the pattern is the same, the filter gives up.
    cue: new RegExp(`${spec.cue.source}|(?!)`, "g"),
  });
  const SPECS: CueRuleSpec[] = [
    { id: "publicity_events", rule: "t.events", cue: /普法|宣讲|送法进(?:校园|乡村)/g },
    { id: "legal_aid_cases", rule: "t.aid", cue: /法律援助|法援/g, exclude: /咨询/ },
    { id: "legal_consultations", rule: "t.consult", cue: /(?:法律|政策)?咨询/g },
  ];
  const WORDS = [
    "普法",
    "宣讲",
    "送法进校园",
    "法律援助",
    "法援",
    "咨询",
    "开展",
    "，",
    "。",
    "共",
    "12场",
    "3件",
    "5次",
    "全年",
    "活动",
  ];

  it("finds what the unfiltered rule finds, whichever rule runs first on a report", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 24 }), fc.nat(2), (words, first) => {
        const text = words.join("");
        const ctx = buildContext(text, 2023);
        const order = [...SPECS.slice(first), ...SPECS.slice(0, first)];
        const filtered = order.map((s) => runCueRule(s, ctx));
        const plain = order.map((s) => runCueRule(noFilter(s), buildContext(text, 2023)));
        expect(filtered.map((cs) => cs.map((c) => [c.value, c.start, c.end]))).toEqual(
          plain.map((cs) => cs.map((c) => [c.value, c.start, c.end])),
        );
      }),
      { numRuns: 300 },
    );
  });

  it("reads a report's windows again when a rule not seen before runs on it", () => {
    const ctx = buildContext("开展宣讲12场，办理法律援助3件。", 2023);
    expect(runCueRule({ id: "publicity_events", rule: "t.a", cue: /宣讲/g }, ctx)).toHaveLength(1);
    expect(runCueRule({ id: "legal_aid_cases", rule: "t.b", cue: /法律援助/g }, ctx)).toHaveLength(1);
  });
});
