// 10,000 reports through the same pipeline as the screen: rows, sort, filter, search, visibleTable.
// Guards correctness at scale (gaps last, every visible row matches). How fast each step is belongs
// to `npm run bench`, not to a unit test that flakes on a loaded machine.
import { describe, expect, it } from "vitest";
import { visibleTable } from "../../src/table/visible";
import { manyReports } from "./fixtures";
import { makeTable } from "./harness";

const N = 10_000;

describe(`${N} reports`, () => {
  const reports = manyReports(N);
  const table = makeTable(reports);

  it("builds, sorts, filters and exports", () => {
    const rows = table.getRowModel().rows;
    expect(rows).toHaveLength(N);

    table.setSorting([{ id: "publicity_audience", desc: true }]);
    const sorted = table.getRowModel().rows.map((r) => r.original.values.publicity_audience?.value ?? null);
    const firstGap = sorted.indexOf(null);
    expect(firstGap).toBeGreaterThan(0);
    expect(sorted.slice(firstGap).every((v) => v === null)).toBe(true);
    const nums = sorted.slice(0, firstGap) as number[];
    expect(nums.every((v, i) => i === 0 || nums[i - 1]! >= v)).toBe(true);

    table.getColumn("disputes_handled")!.setFilterValue([100, 300]);
    table.setGlobalFilter("xyz");
    const filtered = table.getRowModel().rows;
    expect(filtered.length).toBeGreaterThan(0);
    for (const r of filtered) {
      const v = r.original.values.disputes_handled?.value;
      expect(v !== undefined && v >= 100 && v <= 300).toBe(true);
      expect(r.original.township.startsWith("咸宜镇")).toBe(true);
    }

    table.setGlobalFilter("");
    table.resetColumnFilters(true);
    const visible = visibleTable(table);
    expect(visible.rows).toHaveLength(N);
    expect(visible.rows[0]!.cells).toHaveLength(visible.columns.length);
  }, 60_000);
});
