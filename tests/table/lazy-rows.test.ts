// A report's row builds its cells on first read (src/table/rows.ts), and the default order comes
// from ranks in typed arrays: both must give what the eager build and compareDefault gave.
import { describe, expect, it } from "vitest";
import { generateProvince } from "../../scripts/province/generate";
import { INDICATOR_IDS, type ReportRecord } from "../../src/domain";
import { buildRows, compareDefault, figureOf, reportToRow } from "../../src/table/rows";
import { obs, report } from "./fixtures";

const province = (): ReportRecord[] =>
  generateProvince({ townships: 60, years: [2022, 2023, 2024], seed: "lazy" }).reports.map(
    ({ text: _t, ...r }) => r,
  );

describe("lazy rows", () => {
  it("figureOf reads the same figure as the row's cells, before and after they are built", () => {
    const reports = province();
    let stated = 0;
    for (const r of reports.slice(0, 40)) {
      const before = reportToRow(r);
      const figures = INDICATOR_IDS.map((id) => figureOf(before, id));
      const cells = INDICATOR_IDS.map((id) => before.values[id]?.value);
      expect(figures).toEqual(cells);
      expect(INDICATOR_IDS.map((id) => figureOf(before, id))).toEqual(cells);
      stated += cells.filter((v) => v !== undefined).length;
    }
    expect(stated).toBeGreaterThan(100);
  });

  it("a repeated indicator gives its first finite figure to the sort as to the cell", () => {
    const row = reportToRow(
      report("甲镇", 2023, [obs("petitions", Number.NaN), obs("petitions", 12), obs("petitions", 30)]),
    );
    expect(figureOf(row, "petitions")).toBe(12);
    expect(row.values.petitions?.value).toBe(12);
    expect(figureOf(row, "disputes_handled")).toBeUndefined();
  });

  it("builds the cells once and keeps them", () => {
    const row = reportToRow(report("甲镇", 2023, [obs("petitions", 5)]));
    expect(row.values).toBe(row.values);
    expect(row.search).toBe("甲镇 城口县");
  });

  it("orders a province as compareDefault does, unknown counties and years included", () => {
    const reports = province().map((r, i) =>
      i % 17 === 0 ? { ...r, county: null } : i % 23 === 0 ? { ...r, year: null } : r,
    );
    const rows = buildRows(reports);
    const expected = [...rows].sort(compareDefault).map((r) => r.rowId);
    expect(rows.map((r) => r.rowId)).toEqual(expected);
    expect(rows.at(-1)?.county).toBeNull();
    expect(new Set(rows.map((r) => r.county)).size).toBeGreaterThan(3);
  });
});
