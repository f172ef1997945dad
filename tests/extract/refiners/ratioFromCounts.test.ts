import { describe, expect, it } from "vitest";
import { roundRate } from "../../../src/extract";
import { observe } from "../helpers";

describe("ratioFromCounts", () => {
  it.each([
    [156, 167, 93.4],
    [30, 30, 100],
    [2, 3, 66.7],
    [0, 5, 0],
  ])("%d of %d → %d%%", (part, whole, rate) => {
    expect(roundRate(part, whole)).toBe(rate);
  });

  it("a stated rate wins over a derived one", () => {
    expect(observe("调处纠纷30余起，调处成功30起，成功率达100%。", "dispute_resolution_pct")).toMatchObject({
      value: 100,
      basis: "stated",
    });
  });

  it("no rate when resolved exceeds handled", () => {
    expect(observe("调处纠纷30起。成功调处40起。", "dispute_resolution_pct")).toBeUndefined();
  });
});
