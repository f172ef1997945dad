// The dev set: realistic reports from other townships, counties, provinces and years than the five
// samples (tests/fixtures/holdout, hand-labelled per CONTRACT.md). The engine must generalise to
// them, so the thresholds are on the whole set, scored as ../shared/tools/score-extraction.mjs does.
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { scoreGold } from "./scoring";

const score = scoreGold(resolve(__dirname, "../fixtures/holdout/gold.json"));
const report = score.lines.filter((l) => !l.endsWith("all right")).join("\n");

describe("holdout reports", () => {
  it("are all scored", () => {
    expect(score.reports).toBeGreaterThanOrEqual(20);
  });

  it("indicators: F1 ≥ 0.95", () => {
    expect(score.indicatorF1, report).toBeGreaterThanOrEqual(0.95);
  });

  it("shortcomings: F1 ≥ 0.9", () => {
    expect(score.shortcomingsF1, report).toBeGreaterThanOrEqual(0.9);
  });

  it("metadata: township, county and year all right", () => {
    expect(score.metadata, report).toBe(1);
  });

  it("evidence: every cited text is found in the source", () => {
    expect(score.grounded, report).toBe(1);
  });
});
