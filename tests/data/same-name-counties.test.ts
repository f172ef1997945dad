// Two counties of one name in different prefectures (山西's four 城区): the index's tree keeps them
// apart (by division code), 区县对比 lists both, and a county chosen inside a prefecture (the drill,
// a link with city and county) is that prefecture's county only. Unplaced records (no division)
// sit in 未定位 under their county name, and choosing that county there gives exactly them.
import { describe, expect, it } from "vitest";
import { indexRecords, UNLOCATED } from "../../src/data";
import { levelsOf } from "../../src/derive";
import type { ReportRecord } from "../../src/domain";
import { selectScope } from "../../src/store";
import { generateProvince } from "../../scripts/province/generate";
import { provinceStore } from "./fixtures";

const base = generateProvince({ townships: 600, years: [2023, 2024] }).reports.map(
  ({ text: _t, ...r }): ReportRecord => r,
);
const placed = base.filter((r) => r.division);
const first = placed[0]?.division;
const other = placed.find((r) => r.division && r.division.code.slice(0, 4) !== first?.code.slice(0, 4))?.division;
if (!first || !other) throw new Error("the generated province has one prefecture only");
const NAME = first.county;
// The other prefecture's county renamed to the same name (its code stays its own).
const reports = base.map((r): ReportRecord => {
  const d = r.division;
  return d && d.countyCode === other.countyCode
    ? { ...r, county: NAME, division: { ...d, county: NAME } }
    : r;
});
const index = indexRecords(reports);
const cityA = first.code.slice(0, 4);
const cityB = other.code.slice(0, 4);

const loaded = () => provinceStore(reports, index);

describe("two counties of one name", () => {
  it("are two nodes of the tree and two rows of 区县对比", () => {
    const nodes = index.cities.flatMap((c) => c.counties.filter((k) => k.name === NAME).map((k) => k.code));
    expect(nodes.sort()).toEqual([first.countyCode, other.countyCode].sort());
    const rows = levelsOf(reports, index, null, 2024, "disputes_handled").rows.filter(
      (r) => r.kind === "county" && r.name === NAME,
    );
    expect(rows.map((r) => r.city).sort()).toEqual([cityA, cityB].sort());
  });

  it("chosen inside a prefecture, the county is that prefecture's only", () => {
    const store = loaded();
    for (const [city, code] of [
      [cityA, first.countyCode],
      [cityB, other.countyCode],
    ] as const) {
      store.getState().viewChosen("ranking", { city, county: NAME });
      const scope = selectScope(store.getState());
      const expected = reports.filter((r) => r.division?.countyCode === code && r.year !== null);
      expect(scope.reports.length).toBe(expected.length);
      expect(scope.reports.every((r) => r.division?.countyCode === code)).toBe(true);
    }
  });

  it("an unplaced county is listed by name inside 未定位, and chosen there gives its unplaced records", () => {
    const unplaced = reports.filter((r) => !r.division && r.county);
    const name = unplaced[0]?.county ?? "";
    expect(name).not.toBe("");
    const group = index.cities.find((c) => c.code === UNLOCATED);
    const node = group?.counties.find((k) => k.name === name);
    expect(node?.code).toBe(`name:${name}`);
    expect(node?.reports).toBe(unplaced.filter((r) => r.county === name).length);
    const store = loaded();
    store.getState().viewChosen("ranking", { city: UNLOCATED, county: name });
    const scope = selectScope(store.getState());
    expect(scope.reports.length).toBeGreaterThan(0);
    expect(scope.reports.every((r) => !r.division && r.county === name)).toBe(true);
  });
});
