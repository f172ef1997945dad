// The fictional holdout: reports written in the style of other townships, counties, provinces and
// years (tests/fixtures/holdout, hand-labelled per CONTRACT.md). It is a regression check, not a
// target: the gates sit a little below what the engine scores on it (all 1.000 when set), so a
// rule that breaks one of its reports shows up without every later rule having to fit all 29.
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { failures, scoreGold } from "./scoring";

const score = scoreGold(resolve(__dirname, "../fixtures/holdout/gold.json"));
const report = failures(score);

describe("holdout reports", () => {
  it("are all scored", () => {
    expect(score.reports).toBeGreaterThanOrEqual(29);
  });

  it("indicators: F1 ≥ 0.97", () => {
    expect(score.indicatorF1, report).toBeGreaterThanOrEqual(0.97);
  });

  it("shortcomings: F1 ≥ 0.95", () => {
    expect(score.shortcomingsF1, report).toBeGreaterThanOrEqual(0.95);
  });

  it("metadata: ≥ 97% of township, county and year right", () => {
    expect(score.metadata, report).toBeGreaterThanOrEqual(0.97);
  });

  it("evidence: every cited text is found in the source", () => {
    expect(score.grounded, report).toBe(1);
  });
});
