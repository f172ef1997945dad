import { describe, expect, it } from "vitest";
import { emWidth, fitFontSize } from "../../src/export/textFit";

describe("fitFontSize", () => {
  it("counts CJK as one em and Latin narrower", () => {
    expect(emWidth("乡镇")).toBeCloseTo(2.2);
    expect(emWidth("12")).toBeCloseTo(1.32);
  });

  it("keeps the largest size when the text fits", () => {
    expect(fitFontSize("调处纠纷数：2024年各乡镇排名", 9, 1, 22, 16)).toBe(22);
  });

  it("shrinks a long sentence to stay within its lines, but not below the minimum", () => {
    const long = "乡".repeat(120);
    const pt = fitFontSize(long, 9, 2, 12, 9);
    expect(pt).toBeLessThan(12);
    expect(emWidth(long)).toBeLessThanOrEqual(((9 * 72) / pt) * 2);
    expect(fitFontSize("乡".repeat(1000), 9, 2, 12, 9)).toBe(9);
  });
});
