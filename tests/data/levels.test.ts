// Level navigation over a generated province: the store's prefecture/county filters read slices
// through the index, and 区县对比 compares counties with medians and key-indicator shares.
import { describe, expect, it } from "vitest";
import { indexRecords, UNLOCATED } from "../../src/data";
import { levelsOf, median } from "../../src/derive";
import { KEY_INDICATOR_IDS, type ReportRecord } from "../../src/domain";
import {
  createDashStore,
  selectCity,
  selectIndex,
  selectLevels,
  selectScope,
  configFromHash,
  toHash,
  viewConfigOf,
} from "../../src/store";
import { generateProvince } from "../../scripts/province/generate";
import { provinceStore } from "./fixtures";
import { mapTextStore } from "../../src/data/loader";

const reports = generateProvince({ townships: 600, years: [2023, 2024] }).reports.map(
  ({ text: _t, ...r }): ReportRecord => r,
);
const index = indexRecords(reports);

const loaded = () => provinceStore(reports, index);

describe("区县对比 (levelsOf)", () => {
  it("at the province level lists every prefecture, then its counties; 未定位 last", () => {
    const vm = levelsOf(reports, index, null, 2024, "disputes_handled");
    expect(vm.province).toBe("河南省");
    expect(vm.city).toBeNull();
    const cities = vm.rows.filter((r) => r.kind === "city");
    expect(cities.length).toBe(index.cities.length);
    expect(cities.at(-1)?.code).toBe(UNLOCATED);
    expect(vm.rows[0]?.kind).toBe("city");
    // Each county row sits after its prefecture's row.
    let city = "";
    for (const r of vm.rows) {
      if (r.kind === "city") city = r.code;
      else expect(r.city).toBe(city);
    }
  });

  it("a county's median and key shares are those of its townships' reports that year", () => {
    const vm = levelsOf(reports, index, null, 2024, "disputes_handled");
    const row = vm.rows.find((r) => r.kind === "county" && r.code !== "" && !r.code.startsWith("name:"));
    expect(row).toBeDefined();
    const mine = reports.filter((r) => r.year === 2024 && r.division?.countyCode === row?.code);
    const values = mine.flatMap((r) => r.indicators.filter((o) => o.id === "disputes_handled").map((o) => o.value));
    expect(row?.median).toBe(median(values));
    expect(row?.reporting).toBe(mine.length);
    const all = new Set(reports.filter((r) => r.division?.countyCode === row?.code).map((r) => r.township));
    expect(row?.townships).toBe(all.size);
    for (const k of KEY_INDICATOR_IDS) {
      const stating = mine.filter((r) => r.indicators.some((o) => o.id === k)).length;
      expect(row?.keyShare[k]).toBeCloseTo(stating / all.size, 10);
    }
  });

  it("inside a prefecture lists only its counties", () => {
    const code = index.cities[1]?.code ?? "";
    const vm = levelsOf(reports, index, code, 2023, "publicity_events");
    expect(vm.city?.code).toBe(code);
    expect(vm.rows.every((r) => r.kind === "county" && r.city === code)).toBe(true);
    expect(vm.rows.length).toBe(index.cities[1]?.counties.length);
  });
});

describe("store: levels filter state", () => {
  it("a prefecture narrows every view's scope to its townships, read through the worker's index", () => {
    const store = loaded();
    expect(selectIndex(store.getState())).toBe(index);
    const code = index.cities[0]?.code ?? "";
    store.getState().cityChosen(code);
    const scope = selectScope(store.getState());
    expect(scope.reports.length).toBeGreaterThan(0);
    expect(scope.reports.every((r) => r.division?.code.startsWith(code))).toBe(true);
    expect(scope.reports.length).toBe(reports.filter((r) => r.division?.code.startsWith(code) && r.year).length);
    expect(selectLevels(store.getState())?.city?.code).toBe(code);
  });

  it("the 未定位 group is a level of its own: kept, never dropped", () => {
    const store = loaded();
    store.getState().cityChosen(UNLOCATED);
    const scope = selectScope(store.getState());
    expect(scope.reports.length).toBe(reports.filter((r) => !r.division).length);
    expect(scope.reports.length).toBeGreaterThan(0);
  });

  it("a county inside the prefecture wins; choosing a prefecture drops the county", () => {
    const store = loaded();
    const city = index.cities[0];
    const county = city?.counties[0]?.name ?? "";
    store.getState().viewChosen("ranking", { city: city?.code ?? null, county });
    expect(selectScope(store.getState()).reports.every((r) => r.county === county)).toBe(true);
    store.getState().cityChosen(null);
    expect(store.getState().county).toBeNull();
    expect(selectScope(store.getState()).reports.length).toBe(reports.length);
  });

  it("an unknown prefecture falls back to all; another data set drops it; links carry it", () => {
    const store = loaded();
    store.getState().cityChosen("9999");
    expect(selectCity(store.getState())).toBeNull();
    expect(selectScope(store.getState()).reports.length).toBe(reports.length);
    store.getState().cityChosen("4101");
    expect(configFromHash(toHash(viewConfigOf(store.getState()))).city).toBe("4101");
    expect(configFromHash("#city=<x>").city).toBeNull();
    store.getState().datasetChosen("other");
    expect(store.getState().city).toBeNull();
  });

  it("without an index from the worker (the workspace, imports) the store builds one", () => {
    const store = createDashStore({ dataset: "w" });
    store.getState().datasetLoaded({ id: "w", label: "w", fictional: false, reports, texts: mapTextStore(new Map()) });
    const built = selectIndex(store.getState());
    expect(built.size).toBe(reports.length);
    expect(selectIndex(store.getState())).toBe(built);
  });
});
