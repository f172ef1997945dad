// sumParts run alone on hand-built candidates (through the engine's observer): the catalogue's
// combine decides — activities add up, disputes only across bodies, stocks never.
import { describe, expect, it } from "vitest";
import type { IndicatorId } from "../../../src/domain";
import { REFINERS, tokenizeQuantities, type Candidate, type Refiner } from "../../../src/extract";
import { runStage } from "../helpers";

/** One stated candidate per quantity of `text`, as a cue rule would propose it. */
function handBuilt(text: string, id: IndicatorId, rule: string): Candidate[] {
  return tokenizeQuantities(text).map((q) => ({
    id,
    value: q.value,
    unit: q.unit,
    approx: q.approx,
    basis: "stated",
    rule,
    start: Math.max(0, q.qualifierStart - 4),
    end: q.end,
    quantity: q,
    cueEnd: q.qualifierStart,
    total: 0,
    part: false,
    weak: false,
    advisorScope: false,
  }));
}

const sumParts = REFINERS.find((r) => r.name === "sumParts") as Refiner;

describe("sumParts, one stage", () => {
  it.each([
    ["村调委会调处纠纷20起；司法所调处纠纷5起。", "disputes_handled", "disputes.mediated-count", [25]],
    ["调处邻里纠纷20起，调处婚姻纠纷5起。", "disputes_handled", "disputes.mediated-count", [20, 5]],
    ["开展专题学习4次，法治讲座3次。", "law_training_sessions", "governance.training-count", [7]],
    ["现有执法人员20名；执法人员5名。", "enforcement_staff", "governance.enforcement-staff", [20, 5]],
  ] as const)("%s → %j", (text, id, rule, values) => {
    const out = runStage(sumParts, handBuilt(text, id, rule), text);
    expect(out.map((c) => c.value)).toEqual(values);
    if (values.length === 1) {
      const [sum] = out;
      expect(sum).toMatchObject({ basis: "derived", rule: rule.replace(/-count$/, "-sum") });
      expect(sum?.sources).toHaveLength(2);
    }
  });
});
