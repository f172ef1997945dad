// The scoring module counts as ../shared/tools/score-extraction.mjs does: checked on hand-made
// records, so a gate can only pass for the right reason.
import { describe, expect, it } from "vitest";
import type { Observation } from "../../src/domain";
import { f1, scoreReports, type GoldCase } from "./scoring";

const obs = (id: Observation["id"], value: number, text: string): Observation => ({
  id,
  value,
  unit: "次",
  approx: "exact",
  basis: "stated",
  rule: "test",
  evidence: { start: 0, end: text.length, text },
});

describe("scoreReports", () => {
  const cases: GoldCase[] = [
    {
      case: "001",
      township: "万古镇",
      county: null,
      year: 2025,
      indicators: { law_training_sessions: [14, 10], publicity_events: [5] },
      shortcomings: { required: ["workforce"], optional: ["cadre_study"] },
      missing: ["disputes_handled"],
    },
  ];
  const source = "专题学习10次，研讨交流4次。";

  it("counts a listed value right, an unlisted id as a false positive and a missed id", () => {
    const s = scoreReports(
      cases,
      [
        {
          township: "万古镇",
          county: "滑县",
          year: 2025,
          indicators: [obs("law_training_sessions", 14, "专题学习10次"), obs("petitions", 3, "信访3件")],
          shortcomings: [],
          missing: ["disputes_handled"],
        },
      ],
      [source],
    );
    expect(s.perIndicator).toEqual({
      law_training_sessions: { tp: 1, fp: 0, fn: 0 },
      petitions: { tp: 0, fp: 1, fn: 0 },
      publicity_events: { tp: 0, fp: 0, fn: 1 },
    });
    expect(s.indicatorF1).toBeCloseTo(f1(1, 1, 1));
    expect(s.metadata).toBeCloseTo(2 / 3);
    expect(s.grounded).toBe(0.5);
    expect(s.shortcomingsF1).toBe(0);
    expect(s.missingExact).toBe(1);
    expect(s.lines[0]).toContain('cases/001.txt: county: got "滑县" want null');
  });

  it("only the first observation of an id counts, and a wrong value is both fp and fn", () => {
    const s = scoreReports(
      cases,
      [{ indicators: [obs("law_training_sessions", 4, "x"), obs("law_training_sessions", 14, "y")] }],
      [source],
    );
    expect(s.perIndicator.law_training_sessions).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it("nothing to find and nothing found is perfect", () => {
    expect(f1(0, 0, 0)).toBe(1);
    const s = scoreReports([{ case: "002", indicators: {} }], [{ indicators: [] }], [""]);
    expect(s.indicatorF1).toBe(1);
  });
});
