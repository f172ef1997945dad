// The linear-time budget line of `npm run bench` (bench/extraction.ts): the only PASS/FAIL words,
// and the verdict follows the ratio of time per character at ×100 to ×1.
import { describe, expect, it } from "vitest";
import { LINEAR_BUDGET, linearityLines } from "../../bench/extraction";

describe("linear-time budget line", () => {
  it.each([
    [0.8, "PASS"],
    [LINEAR_BUDGET, "PASS"],
    [1.51, "FAIL"],
    [12, "FAIL"],
  ])("ratio %f → %s", (ratio, verdict) => {
    const lines = linearityLines({ chars: 18522, usPerKChar: [100, 110, 100 * ratio], ratio });
    expect(lines[0]?.startsWith(`${verdict}  extraction grows linearly`)).toBe(true);
    expect(lines.slice(1).join("\n")).not.toMatch(/PASS|FAIL/);
    expect(lines[1]).toContain("×100");
  });
});
