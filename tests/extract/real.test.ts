// Real report openings from some 20 provinces (tests/fixtures/real, copied from the shared
// excerpts with their notes and sources), scored as ../shared/tools/score-extraction.mjs does.
// They are mostly traps: file numbers, meetings, exam rates, plan periods. The engine is also
// judged on real reports that are not here, so rules fixed against them must stay general.
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { failures, scoreGold } from "./scoring";

const score = scoreGold(resolve(__dirname, "../fixtures/real/gold.json"));
const report = failures(score);

describe("real report excerpts", () => {
  it("are all scored", () => {
    expect(score.reports).toBe(28);
  });

  it("indicators: F1 ≥ 0.95", () => {
    expect(score.indicatorF1, report).toBeGreaterThanOrEqual(0.95);
  });

  it("metadata: township, county and year all right", () => {
    expect(score.metadata, report).toBe(1);
  });

  it("shortcomings and the missing list: all right", () => {
    expect(score.shortcomingsF1, report).toBe(1);
    expect(score.missingExact, report).toBe(1);
  });

  it("evidence: every cited text is found in the source", () => {
    expect(score.grounded, report).toBe(1);
  });
});
