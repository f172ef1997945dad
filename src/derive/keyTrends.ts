// View model of the overview's 关键指标历年中位数: for each ★ key indicator, the median of the
// figures townships state, year by year, with how many stated it. It answers the bureau's first
// question after "how are we doing this year": is it getting better, and is reporting getting more
// complete? Each year is computed exactly as the overview's tiles compute their year (one report per
// township, readable reports only), so the point of the focus year is the tile's median.
import { KEY_INDICATORS, type IndicatorDef, type ReportRecord } from "../domain";
import { gridOf, oneCountyOf, yearsShareTownships, type Scope } from "./scope";
import { median } from "./stats";
import { observationOf } from "./status";

export interface KeyTrendPoint {
  year: number;
  /** null when no township states the indicator that year: a gap, never 0. */
  median: number | null;
  /** Townships whose report states it. */
  stating: number;
  /** Townships with a readable report that year. */
  reports: number;
}

export interface KeyTrendPanel {
  indicator: IndicatorDef;
  points: KeyTrendPoint[];
}

export interface KeyTrendsVM {
  years: number[];
  /** The overview's year, marked on every panel. */
  focusYear: number;
  panels: KeyTrendPanel[];
  /** One county in scope: the median is a county median (全县中位数). */
  oneCounty: boolean;
  /** Some township reports in two or more years; else the years are not joined by a line. */
  joined: boolean;
}

export function keyTrendsOf(scope: Scope, focusYear: number): KeyTrendsVM {
  const grid = gridOf(scope);
  const readableByYear = scope.years.map((_, yi) =>
    grid.map((row) => row[yi]).filter((r): r is ReportRecord => r !== undefined && !r.error),
  );
  const panels = KEY_INDICATORS.map((indicator): KeyTrendPanel => ({
    indicator,
    points: scope.years.map((year, i): KeyTrendPoint => {
      const readable = readableByYear[i] ?? [];
      const values = readable.flatMap((r) => observationOf(r, indicator.id)?.value ?? []);
      return { year, median: median(values), stating: values.length, reports: readable.length };
    }),
  }));
  return {
    years: scope.years,
    focusYear,
    panels,
    oneCounty: oneCountyOf(scope),
    joined: yearsShareTownships(scope),
  };
}
