import { describe, expect, it } from "vitest";
import { visibleTable } from "../../src/table/visible";
import { obs, report, sampleReports } from "./fixtures";
import { makeTable, townships } from "./harness";

// Five reports with disputes_handled 70, missing, 0, 30, missing: sorting must keep the two gaps
// last whichever way the column is sorted, and 0 must sort as a number.
function disputesTable() {
  return makeTable([
    report("甲镇", 2023, [obs("disputes_handled", 70)]),
    report("乙镇", 2023, []),
    report("丙镇", 2023, [obs("disputes_handled", 0)]),
    report("丁镇", 2023, [obs("disputes_handled", 30)]),
    report("戊镇", 2023, []),
  ]);
}

describe("sorting", () => {
  it("puts not-stated figures last when sorting descending", () => {
    const t = disputesTable();
    t.setSorting([{ id: "disputes_handled", desc: true }]);
    expect(townships(t).slice(0, 3)).toEqual(["甲镇", "丁镇", "丙镇"]);
    expect(townships(t).slice(3).sort()).toEqual(["乙镇", "戊镇"].sort());
  });

  it("puts not-stated figures last when sorting ascending too", () => {
    const t = disputesTable();
    t.setSorting([{ id: "disputes_handled", desc: false }]);
    expect(townships(t).slice(0, 3)).toEqual(["丙镇", "丁镇", "甲镇"]);
  });

  it("starts numbers descending and text ascending, and cycles back to the default order", () => {
    const t = disputesTable();
    const col = t.getColumn("disputes_handled")!;
    expect(col.getFirstSortDir()).toBe("desc");
    expect(t.getColumn("township")!.getFirstSortDir()).toBe("asc");
    expect(t.getColumn("year")!.getFirstSortDir()).toBe("asc");
    col.toggleSorting();
    col.toggleSorting();
    expect(col.getNextSortingOrder()).toBe(false);
  });

  it("sorts townships in pinyin order, not code-point order", () => {
    const t = makeTable([report("许疃镇", 2023), report("咸宜镇", 2023), report("东安乡", 2023)]);
    t.setSorting([{ id: "township", desc: false }]);
    expect(townships(t)).toEqual(["东安乡", "咸宜镇", "许疃镇"]);
  });

  it("puts an unknown year last", () => {
    const t = makeTable([report("甲镇", null), report("甲镇", 2021), report("甲镇", 2024)]);
    t.setSorting([{ id: "year", desc: true }]);
    expect(t.getRowModel().rows.map((r) => r.original.year)).toEqual([2024, 2021, null]);
  });
});

describe("filters", () => {
  it("filters numbers by min and max, dropping reports that do not state the figure", () => {
    const t = disputesTable();
    t.getColumn("disputes_handled")!.setFilterValue([10, undefined]);
    expect(townships(t).sort()).toEqual(["丁镇", "甲镇"].sort());
    t.getColumn("disputes_handled")!.setFilterValue([undefined, 30]);
    expect(townships(t).sort()).toEqual(["丙镇", "丁镇"].sort());
    t.getColumn("disputes_handled")!.setFilterValue([0, 0]);
    expect(townships(t)).toEqual(["丙镇"]);
  });

  it("removes an empty range filter instead of hiding every gap", () => {
    const t = disputesTable();
    t.getColumn("disputes_handled")!.setFilterValue([undefined, undefined]);
    expect(t.store.state.columnFilters).toEqual([]);
    expect(townships(t)).toHaveLength(5);
  });

  it("filters text columns by 'contains'", () => {
    const t = makeTable(sampleReports());
    t.getColumn("county")!.setFilterValue("蒙城");
    expect(townships(t)).toEqual(["许疃镇"]);
  });

  it("searches townships by name or pinyin initials through the global filter", () => {
    const t = makeTable(sampleReports());
    t.setGlobalFilter("tpl");
    expect(townships(t)).toEqual(["太平岭满族乡"]);
    t.setGlobalFilter("咸宜");
    expect(townships(t)).toEqual(["咸宜镇"]);
    // Numbers are not searched: "70" is a figure of 咸宜镇, not a township.
    t.setGlobalFilter("70");
    expect(townships(t)).toEqual([]);
  });
});

describe("visibleTable", () => {
  it("lists every column in display order with header, group and unit", () => {
    const v = visibleTable(makeTable(sampleReports()));
    expect(v.columns.slice(0, 4)).toEqual([
      { id: "township", header: "乡镇" },
      { id: "county", header: "县（市、区）" },
      { id: "year", header: "年度" },
      { id: "legal_advisor_coverage_pct", header: "法律顾问覆盖率", group: "法律顾问", unit: "%" },
    ]);
    expect(v.columns.at(-2)).toEqual({ id: "shortcomings", header: "问题数", unit: "条" });
    expect(v.columns.at(-1)).toEqual({ id: "review", header: "核对" });
  });

  it("gives numbers as numbers, gaps as null, 0 as 0, with approx and basis per cell", () => {
    const v = visibleTable(makeTable(sampleReports()));
    const col = (id: string) => v.columns.findIndex((c) => c.id === id);
    const row = (name: string) => v.rows.find((r) => r.cells[0] === name)!;
    const xianyi = row("咸宜镇");
    expect(xianyi.cells[col("disputes_handled")]).toBe(70);
    expect(xianyi.approx[col("disputes_handled")]).toBe("at_least");
    expect(xianyi.basis[col("legal_advisor_coverage_pct")]).toBe("derived");
    expect(xianyi.cells[col("petitions")]).toBeNull();
    expect(xianyi.approx[col("petitions")]).toBeNull();
    expect(xianyi.approx[col("township")]).toBeNull();
    expect(row("许疃镇").cells[col("legal_aid_cases")]).toBe(0);
    expect(row("太平岭满族乡").approx[col("disputes_handled")]).toBe("about");
    expect(xianyi.cells[col("year")]).toBe(2023);
    expect(xianyi.cells[col("shortcomings")]).toBe(3);
    expect(xianyi.cells[col("missing_key")]).toBe(1);
    expect(row("新乡镇").cells[col("disputes_handled")]).toBeNull();
  });

  it("follows hiding: hidden columns and whole hidden groups are left out, order kept", () => {
    const t = makeTable(sampleReports());
    t.getColumn("county")!.toggleVisibility(false);
    t.getColumn("group:publicity")!.toggleVisibility(false);
    const ids = visibleTable(t).columns.map((c) => c.id);
    expect(ids).not.toContain("county");
    expect(ids).not.toContain("publicity_events");
    expect(ids).not.toContain("publicity_audience");
    expect(ids.slice(0, 3)).toEqual(["township", "year", "legal_advisor_coverage_pct"]);
    for (const r of visibleTable(t).rows) expect(r.cells).toHaveLength(ids.length);
  });

  it("follows filters and sorting: exactly the rows on screen, in screen order", () => {
    const t = makeTable(sampleReports());
    t.setSorting([{ id: "disputes_handled", desc: true }]);
    t.getColumn("disputes_handled")!.setFilterValue([1, undefined]);
    expect(visibleTable(t).rows.map((r) => r.cells[0])).toEqual(["咸宜镇", "许疃镇", "太平岭满族乡"]);
    t.setGlobalFilter("xtz");
    expect(visibleTable(t).rows.map((r) => r.cells[0])).toEqual(["许疃镇"]);
  });

  it("keeps the pinned township first even if the column order state says otherwise", () => {
    const t = makeTable(sampleReports(), { columnVisibility: { year: false } });
    expect(visibleTable(t).columns[0]!.id).toBe("township");
    expect(visibleTable(t).columns.map((c) => c.id)).not.toContain("year");
  });
});
