// 10,000 reports through the same pipeline as the screen: rows, sort, filter, search, visibleTable.
// Guards correctness at scale (gaps last, every visible row matches) and keeps each step well
// inside an interactive budget on a slow machine.
import { describe, expect, it } from "vitest";
import { visibleTable } from "../../src/table/visible";
import { manyReports } from "./fixtures";
import { makeTable } from "./harness";

const N = 10_000;
const timed = <T>(f: () => T): [T, number] => {
  const t0 = performance.now();
  const out = f();
  return [out, performance.now() - t0];
};

describe(`${N} reports`, () => {
  const reports = manyReports(N);
  const [table, buildMs] = timed(() => makeTable(reports));

  it("builds, sorts, filters and exports within an interactive budget", () => {
    const [rows] = timed(() => table.getRowModel().rows);
    expect(rows).toHaveLength(N);

    table.setSorting([{ id: "publicity_audience", desc: true }]);
    const [sorted, sortMs] = timed(() =>
      table.getRowModel().rows.map((r) => r.original.values.publicity_audience?.value ?? null),
    );
    const firstGap = sorted.indexOf(null);
    expect(firstGap).toBeGreaterThan(0);
    expect(sorted.slice(firstGap).every((v) => v === null)).toBe(true);
    const nums = sorted.slice(0, firstGap) as number[];
    expect(nums.every((v, i) => i === 0 || nums[i - 1]! >= v)).toBe(true);

    table.getColumn("disputes_handled")!.setFilterValue([100, 300]);
    table.setGlobalFilter("xyz");
    const [filtered, filterMs] = timed(() => table.getRowModel().rows);
    expect(filtered.length).toBeGreaterThan(0);
    for (const r of filtered) {
      const v = r.original.values.disputes_handled?.value;
      expect(v !== undefined && v >= 100 && v <= 300).toBe(true);
      expect(r.original.township.startsWith("咸宜镇")).toBe(true);
    }

    table.setGlobalFilter("");
    table.resetColumnFilters(true);
    const [visible, visibleMs] = timed(() => visibleTable(table));
    expect(visible.rows).toHaveLength(N);
    expect(visible.rows[0]!.cells).toHaveLength(visible.columns.length);

    // Generous bounds (CI machines are slow and shared); typical figures are a tenth of these.
    for (const [label, ms] of [
      ["build", buildMs],
      ["sort", sortMs],
      ["filter", filterMs],
      ["visibleTable", visibleMs],
    ] as const) {
      expect(ms, label).toBeLessThan(3000);
    }
  });
});
