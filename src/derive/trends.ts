// View model of 趋势: one indicator, townships as lines across years. A year without a figure is a
// null point (a gap), never 0; relative mode is the change against each line's first figure.
import { indicatorDef, type Approx, type FigureReview, type IndicatorDef, type IndicatorId } from "../domain";
import { gridOf, oneCountyOf, yearsShareTownships, type ReportGrid, type Scope } from "./scope";
import { median } from "./stats";
import { observationOf, statusWith, type FigureStatus } from "./status";

export type ChangeMode = "absolute" | "relative";

export interface TrendPoint {
  year: number;
  /** What is plotted: the figure, or the change in % in relative mode; null = gap. */
  value: number | null;
  /** The figure the report states (or derives), whatever the mode. */
  raw: number | null;
  approx: Approx;
  status: FigureStatus;
  reportId: string | null;
  /** What a person did to the figure in 校对, if anything. */
  review?: FigureReview;
}

export interface TrendSeries {
  key: string;
  label: string;
  points: TrendPoint[];
}

export interface TrendsVM {
  indicator: IndicatorDef;
  mode: ChangeMode;
  years: number[];
  series: TrendSeries[];
  /** County median per year over every township in scope with a figure (not only the picked ones). */
  median: (number | null)[];
  highlight: string | null;
  /** The scope is one county, so the median line is a county median (全县中位数). */
  oneCounty: boolean;
  /** Some township reports in two or more of the years; else the median is points, not a line. */
  joined: boolean;
}

export interface TrendsParams {
  indicator: IndicatorId;
  /** Township keys to draw; null = all in scope. */
  townships: readonly string[] | null;
  /** Inclusive year range; null = every year in scope. */
  years: readonly [number, number] | null;
  mode: ChangeMode;
  highlight: string | null;
}

/** Change in % of each value against the first non-zero value; earlier/zero bases give null. */
export function relativeTo(values: readonly (number | null)[]): (number | null)[] {
  const base = values.find((v): v is number => v !== null && v !== 0);
  if (base === undefined) return values.map(() => null);
  let seen = false;
  return values.map((v) => {
    if (v === base) seen = true;
    if (v === null || !seen) return null;
    return ((v - base) / Math.abs(base)) * 100;
  });
}

export function trendsOf(scope: Scope, p: TrendsParams): TrendsVM {
  const years = p.years
    ? scope.years.filter(
        (y) => y >= (p.years as [number, number])[0] && y <= (p.years as [number, number])[1],
      )
    : scope.years;
  const columns = years.map((y) => scope.years.indexOf(y));
  const grid = gridOf(scope);
  const picked = p.townships ? new Set(p.townships) : null;
  const series: TrendSeries[] = [];
  scope.townships.forEach((t, ti) => {
    if (picked && !picked.has(t.key)) return;
    const row = grid[ti] ?? [];
    const points = years.map((year, k): TrendPoint => {
      const report = row[columns[k] as number];
      const obs = observationOf(report, p.indicator);
      return {
        year,
        value: obs ? obs.value : null,
        raw: obs ? obs.value : null,
        approx: obs ? obs.approx : "exact",
        status: statusWith(report, obs),
        reportId: report?.id ?? null,
        ...(obs?.review ? { review: obs.review } : {}),
      };
    });
    if (p.mode === "relative") {
      const rel = relativeTo(points.map((pt) => pt.value));
      points.forEach((pt, i) => (pt.value = rel[i] ?? null));
    }
    series.push({ key: t.key, label: t.label, points });
  });
  // Every report of each year counts (one pass over the reports, not one per year).
  const at = new Map(years.map((y, i) => [y, i]));
  const values = years.map((): number[] => []);
  for (const r of scope.reports) {
    const i = at.get(r.year as number);
    const v = i === undefined ? undefined : observationOf(r, p.indicator)?.value;
    if (v !== undefined) (values[i as number] as number[]).push(v);
  }
  const absMedian = values.map(median);
  return {
    indicator: indicatorDef(p.indicator),
    mode: p.mode,
    years,
    series,
    median: p.mode === "relative" ? relativeTo(absMedian) : absMedian,
    highlight: p.highlight && series.some((s) => s.key === p.highlight) ? p.highlight : null,
    oneCounty: oneCountyOf(scope),
    joined: yearsShareTownships(scope, years),
  };
}

/** Every township's latest figure in scope (scope.townships order), for sorting the picker by value. */
export function latestFigures(scope: Scope, indicator: IndicatorId): (number | null)[] {
  return gridOf(scope).map((row) => latestOfRow(row, indicator));
}

function latestOfRow(row: ReportGrid[number], indicator: IndicatorId): number | null {
  for (let i = row.length - 1; i >= 0; i--) {
    const obs = observationOf(row[i], indicator);
    if (obs) return obs.value;
  }
  return null;
}
