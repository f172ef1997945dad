import { describe, expect, it } from "vitest";
import { trendsOption } from "../../src/charts";
import { scopeOf, trendsOf } from "../../src/derive";
import { legendRows, unrollLegend } from "../../src/export/legend";
import { COUNTY, fixtureReports } from "./fixture";

describe("unrollLegend", () => {
  it("wraps names into rows like ECharts", () => {
    expect(legendRows(["甲镇", "乙镇"], 900)).toBe(1);
    expect(
      legendRows(
        Array.from({ length: 20 }, () => "东城街道"),
        400,
      ),
    ).toBeGreaterThan(3);
  });

  it("turns a scrolling legend plain and moves the plot up by the extra rows", () => {
    const vm = trendsOf(scopeOf(fixtureReports, COUNTY), {
      indicator: "disputes_handled",
      townships: null,
      years: null,
      mode: "absolute",
      highlight: null,
    });
    const option = trendsOption(vm);
    const before = option.grid as { bottom: number };
    const narrow = unrollLegend(option, { width: 200, height: 300 });
    expect((narrow.legend as { type: string }).type).toBe("plain");
    expect((narrow.grid as { bottom: number }).bottom).toBeGreaterThan(before.bottom);
    const wide = unrollLegend(option, { width: 1600, height: 300 });
    expect((wide.grid as { bottom: number }).bottom).toBe(before.bottom);
    // The builder's own option is left untouched.
    expect((option.legend as { type: string }).type).toBe("scroll");
  });
});
