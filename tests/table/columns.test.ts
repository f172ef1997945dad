import { describe, expect, it } from "vitest";
import { INDICATOR_GROUPS, INDICATORS } from "../../src/domain";
import { columns, groupColumnId, LEAF_COLUMN_IDS } from "../../src/table/columns";
import { makeTable } from "./harness";
import { sampleReports } from "./fixtures";

describe("columns", () => {
  const table = makeTable(sampleReports());

  it("has 乡镇, 县, 年度, every indicator, then the two summary columns and 核对", () => {
    const ids = table.getAllLeafColumns().map((c) => c.id);
    expect(ids).toEqual([...LEAF_COLUMN_IDS]);
    expect(ids.slice(0, 3)).toEqual(["township", "county", "year"]);
    expect(ids.slice(-3)).toEqual(["missing_key", "shortcomings", "review"]);
    for (const d of INDICATORS) expect(ids).toContain(d.id);
  });

  it("groups indicators under the five INDICATOR_GROUPS, in that order", () => {
    const groups = columns.filter((c) => "columns" in c && c.columns);
    expect(groups.map((g) => g.id)).toEqual(
      Object.keys(INDICATOR_GROUPS).map((g) => groupColumnId(g as never)),
    );
    const top = table
      .getHeaderGroups()[0]!
      .headers.filter((h) => !h.isPlaceholder)
      .map((h) => h.column.columnDef.header);
    expect(top).toEqual(Object.values(INDICATOR_GROUPS));
  });

  it("takes header text and unit from the catalogue", () => {
    for (const d of INDICATORS) {
      const meta = table.getColumn(d.id)!.columnDef.meta!;
      expect(meta).toMatchObject({
        kind: "indicator",
        label: d.short,
        unit: d.unit,
        indicatorId: d.id,
        key: d.key,
      });
      expect(meta.groupLabel).toBe(INDICATOR_GROUPS[d.group]);
    }
  });

  it("pins 乡镇 to the start and does not let it be hidden", () => {
    const township = table.getColumn("township")!;
    expect(township.getIsPinned()).toBe("start");
    expect(township.getCanHide()).toBe(false);
    expect(table.getColumn("county")!.getCanHide()).toBe(true);
  });

  it("lets only the township column take part in the search box", () => {
    expect(
      table
        .getAllLeafColumns()
        .filter((c) => c.getCanGlobalFilter())
        .map((c) => c.id),
    ).toEqual(["township"]);
  });
});
