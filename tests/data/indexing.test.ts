import { describe, expect, it } from "vitest";
import { indexRecords, sliceOf, UNLOCATED } from "../../src/data";
import type { ReportRecord } from "../../src/domain";
import { generateProvince } from "../../scripts/province/generate";

const province = generateProvince({ townships: 400, years: [2022, 2023, 2024] }).reports.map(
  ({ text: _text, ...r }): ReportRecord => r,
);

describe("record index (built in the records worker)", () => {
  const index = indexRecords(province);

  it("slices by county, prefecture, year and indicator equal a full scan", () => {
    const county = province[0]?.county ?? "";
    const scan = (f: (r: ReportRecord) => boolean) => province.filter(f).map((r) => r.id);
    const ids = (rs: readonly ReportRecord[]) => rs.map((r) => r.id);
    expect(ids(sliceOf(province, index, { county }))).toEqual(scan((r) => r.county === county));
    expect(ids(sliceOf(province, index, { county, year: 2023 }))).toEqual(
      scan((r) => r.county === county && r.year === 2023),
    );
    const city = province[0]?.division?.code.slice(0, 4) ?? "";
    expect(ids(sliceOf(province, index, { city, indicator: "disputes_handled" }))).toEqual(
      scan((r) => r.division?.code.slice(0, 4) === city && r.indicators.some((o) => o.id === "disputes_handled")),
    );
    expect(sliceOf(province, index, {})).toBe(province);
    expect(sliceOf(province, index, { county: "没有这个县" })).toEqual([]);
  });

  it("keeps records without a division in the 未定位 group, never drops them", () => {
    const unplaced = province.filter((r) => !r.division);
    expect(unplaced.length).toBeGreaterThan(0);
    expect(sliceOf(province, index, { city: UNLOCATED })).toEqual(unplaced);
    const last = index.cities.at(-1);
    expect(last?.code).toBe(UNLOCATED);
    expect(last?.reports).toBe(unplaced.length);
    // Every record sits under exactly one prefecture of the tree.
    expect(index.cities.reduce((n, c) => n + c.reports, 0)).toBe(province.length);
    expect(index.cities.reduce((n, c) => n + c.counties.reduce((m, k) => m + k.reports, 0), 0)).toBe(
      province.length,
    );
  });

  it("builds the prefecture → county tree from division codes, in code order", () => {
    const placed = index.cities.filter((c) => c.code !== UNLOCATED);
    expect(placed.length).toBeGreaterThan(1);
    expect(placed.map((c) => c.code)).toEqual([...placed.map((c) => c.code)].sort());
    for (const c of placed) {
      expect(c.province).toBe("河南省");
      for (const k of c.counties) expect(k.code.startsWith(c.code)).toBe(true);
    }
    const zz = placed[0]?.counties[0];
    expect(zz?.townships).toBeGreaterThan(0);
  });

  it("survives a structured clone (worker → page)", () => {
    const copy = structuredClone(index);
    expect(sliceOf(province, copy, { year: 2024 }).length).toBe(province.filter((r) => r.year === 2024).length);
  });

  it("a record with no year or county is indexed under the unknown keys", () => {
    const odd = { ...(province[0] as ReportRecord), id: "x", year: null, county: null };
    const { division: _d, ...noDivision } = odd;
    const i = indexRecords([noDivision]);
    expect(i.byYear.get(-1)).toEqual([0]);
    expect(i.byCounty.get("")).toEqual([0]);
    expect(i.cities[0]?.counties[0]?.name).toBe("县名不详");
  });
});
