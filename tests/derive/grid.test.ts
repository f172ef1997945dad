// The township × year grid every view model reads (gridOf) holds exactly what reportAt finds, and
// the store derives 问题's model once for the overview and 问题 alike.
import { describe, expect, it } from "vitest";
import {
  gridOf,
  latestFigures,
  overviewOf,
  reportAt,
  scopeOf,
  shortcomingsOf,
  type Roster,
  type Scope,
} from "../../src/derive";
import type { ReportRecord } from "../../src/domain";
import * as store from "../../src/store";
import { COUNTY, fixtureReports } from "../export/fixture";
import { loadCountingProvince } from "../views/countingProvince";

function expectGridMatchesReportAt(scope: Scope) {
  const grid = gridOf(scope);
  expect(grid).toHaveLength(scope.townships.length);
  scope.townships.forEach((t, ti) =>
    scope.years.forEach((y, yi) => expect(grid[ti]?.[yi]).toBe(reportAt(scope, t.key, y))),
  );
}

describe("gridOf", () => {
  it("finds what reportAt finds, for every township and year, and is built once per scope", () => {
    const scope = scopeOf(fixtureReports, COUNTY);
    expectGridMatchesReportAt(scope);
    expect(gridOf(scope)).toBe(gridOf(scope));
    expect(scope.townships.some((_, ti) => gridOf(scope)[ti]?.includes(undefined))).toBe(true);
  });

  it("keeps the later of two reports of one township and year, as the index does", () => {
    const first = fixtureReports[0] as ReportRecord;
    const again: ReportRecord = { ...first, id: `${first.id}-again` };
    const scope = scopeOf([...fixtureReports, again], COUNTY);
    expectGridMatchesReportAt(scope);
    expect(gridOf(scope).flat()).toContain(again);
    expect(gridOf(scope).flat()).not.toContain(first);
  });

  it("has an empty row for a roster township without reports", () => {
    const roster: Roster = {
      county: { code: null, name: COUNTY },
      entries: [
        { code: null, name: "甲镇" },
        { code: null, name: "无报告镇" },
      ],
    };
    const scope = scopeOf(fixtureReports, COUNTY, roster);
    expectGridMatchesReportAt(scope);
    const none = scope.townships.findIndex((t) => t.name === "无报告镇");
    expect(gridOf(scope)[none]?.every((r) => r === undefined)).toBe(true);
  });

  it("gives each township's latest stated figure for the picker", () => {
    const scope = scopeOf(fixtureReports, COUNTY);
    const values = latestFigures(scope, "disputes_handled");
    scope.townships.forEach((t, ti) => {
      const latest = scope.years
        .map((y) => reportAt(scope, t.key, y)?.indicators.find((o) => o.id === "disputes_handled"))
        .filter((o) => o !== undefined)
        .at(-1);
      expect(values[ti]).toBe(latest?.value ?? null);
    });
    expect(values.some((v) => v !== null)).toBe(true);
  });
});

describe("问题 shares the overview's shortcomings", () => {
  it("is the same model as shortcomingsOf(scope, latest year)", () => {
    const scope = scopeOf(fixtureReports, COUNTY);
    const last = scope.years.at(-1) as number;
    expect(shortcomingsOf(scope, null)).toEqual(shortcomingsOf(scope, last));
    expect(overviewOf(scope, last, shortcomingsOf(scope, null))).toEqual(overviewOf(scope, last));
  });

  it("after the overview, a first visit to 问题 reads no record", () => {
    const province = loadCountingProvince({ townships: 200, years: [2023, 2024] }, { fields: true });
    const s = store.dashStore.getState();
    expect(store.selectOverview(s)?.year).toBe(2024);
    province.reset();
    expect(store.selectShortcomings(s).recurring.length).toBeGreaterThan(0);
    expect(province.reads() + province.fieldReads()).toBe(0);
  });
});
