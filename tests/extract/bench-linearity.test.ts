// The linear-time budget of `npm run bench` (bench/extraction.ts) as a part of the bench report:
// its verdict follows the ratio of time per character at ×100 to ×1, and its detail line carries
// no PASS/FAIL word (bench/report.ts prints the only ones).
import { describe, expect, it } from "vitest";
import { LINEAR_BUDGET, linearityPart } from "../../bench/extraction";

describe("linear-time budget", () => {
  it.each([
    [0.8, true],
    [LINEAR_BUDGET, true],
    [1.51, false],
    [12, false],
  ])("ratio %f → ok %s", (ratio, ok) => {
    const part = linearityPart({ chars: 18522, usPerKChar: [100, 110, 100 * ratio], ratio });
    expect(part.budgets).toEqual([
      expect.objectContaining({ ok, value: ratio.toFixed(2), limit: `≤ ${LINEAR_BUDGET}` }),
    ]);
    expect(part.lines.join("\n")).not.toMatch(/PASS|FAIL/);
    expect(part.lines[0]).toContain("×100");
  });
});
