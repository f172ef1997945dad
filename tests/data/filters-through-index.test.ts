// A filter never rescans every record: once the data set is loaded and indexed, choosing a
// prefecture or a county (and every view model read at that level) reads only the records of
// that slice, through the index. The records array is wrapped so every element read is counted.
import { describe, expect, it } from "vitest";
import { indexRecords } from "../../src/data/indexing";
import { splitTexts } from "../../src/data/loader";
import type { ReportRecord } from "../../src/domain";
import {
  createDashStore,
  selectCompleteness,
  selectCounties,
  selectLevels,
  selectRanking,
  selectScope,
  selectShortcomings,
  selectTrends,
  selectYear,
  type DashState,
} from "../../src/store";
import { generateProvince } from "../../scripts/province/generate";

function counted(records: ReportRecord[]): { reports: ReportRecord[]; reads: () => number; reset(): void } {
  let n = 0;
  const reports = new Proxy(records, {
    get(target, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key)) n++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { reports, reads: () => n, reset: () => void (n = 0) };
}

const file = generateProvince({ townships: 600, years: [2023, 2024] });
const { reports: plain, texts } = splitTexts(file.reports);

describe("filters go through the index", () => {
  it("a prefecture, then a county: only their records are read, never the whole data set", () => {
    const c = counted(plain);
    const store = createDashStore({ dataset: "demo" });
    store.getState().datasetLoaded({
      id: "demo",
      label: "省",
      fictional: true,
      reports: c.reports,
      texts,
      index: indexRecords(plain),
    });
    const readAll = (s: DashState) => {
      selectCounties(s); // the header's county list: one pass per data set, memoised
      selectScope(s);
      selectYear(s);
      selectTrends(s);
      selectRanking(s);
      selectCompleteness(s);
      selectShortcomings(s);
      selectLevels(s);
    };
    // The whole province: the first read of everything (counties list, scope) is the one full pass.
    readAll(store.getState());
    const total = plain.length;
    expect(c.reads()).toBeGreaterThanOrEqual(total);

    // A prefecture: reads its own records (the index's positions), a small part of the whole.
    const index = indexRecords(plain);
    // The smallest placed prefecture (the generator takes townships in code order).
    const city = index.cities
      .filter((x) => x.code !== "未定位" && x.reports > 0)
      .sort((a, b) => a.reports - b.reports)[0];
    if (!city) throw new Error("no prefecture");
    const inCity = index.byCity.get(city.code)?.length ?? 0;
    expect(inCity).toBeLessThan(total / 3);
    c.reset();
    store.getState().cityChosen(city.code);
    readAll(store.getState());
    expect(c.reads()).toBeGreaterThan(0);
    expect(c.reads()).toBeLessThanOrEqual(2 * inCity);
    expect(selectScope(store.getState()).reports.length).toBe(inCity);

    // A county of it: the same.
    const county = city.counties[0]?.name ?? "";
    const inCounty = index.byCounty.get(county)?.length ?? 0;
    c.reset();
    store.getState().countyChosen(county);
    readAll(store.getState());
    expect(c.reads()).toBeLessThanOrEqual(2 * inCounty);
    expect(selectScope(store.getState()).reports.every((r) => r.county === county)).toBe(true);
  });
});
