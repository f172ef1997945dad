// Scope = the reports a view looks at: one data set, one county (or all), reports with a year.
// A report whose year could not be read cannot sit on a year axis; views leave it out and the
// overview counts it so nothing disappears silently.
import type { ReportRecord } from "../domain";
import { compareZh, townshipKey, townshipSetOf, type Roster, type TownshipRef } from "./townships";

export interface Scope {
  county: string | null;
  /** Reports in the county that have a year. */
  reports: ReportRecord[];
  /** Reports in the county whose year is unknown. */
  undated: ReportRecord[];
  townships: TownshipRef[];
  /** Ascending. */
  years: number[];
  /** `${townshipKey}|${year}` → report. A later report for the same key wins (imports override). */
  index: Map<string, ReportRecord>;
}

export type DatedReport = ReportRecord & { year: number };

export const cellKey = (township: string, year: number): string => `${township}|${year}`;

export function countiesOf(reports: readonly ReportRecord[]): string[] {
  const set = new Set<string>();
  for (const r of reports) if (r.county) set.add(r.county);
  return [...set].sort(compareZh);
}

/**
 * A roster (the workspace's official township list) makes its townships the ones counted, with or
 * without a report, when the scope is its county or every county. A report kept as the alternative
 * to another of the same township and year (`alternative`) is left out: charts use the primary.
 */
export function scopeOf(
  all: readonly ReportRecord[],
  county: string | null,
  roster: Roster | null = null,
): Scope {
  const primary = all.filter((r) => !(r as { alternative?: true }).alternative);
  const inCounty = county === null ? primary : primary.filter((r) => r.county === county);
  const counted = roster && (county === null || county === roster.county.name) ? roster : null;
  const reports = inCounty.filter((r): r is DatedReport => r.year !== null);
  const undated = inCounty.filter((r) => r.year === null);
  const index = new Map<string, ReportRecord>();
  for (const r of reports) index.set(cellKey(townshipKey(r), r.year as number), r);
  const years = [...new Set(reports.map((r) => r.year as number))].sort((a, b) => a - b);
  return { county, reports, undated, townships: townshipSetOf(inCounty, counted), years, index };
}

export function reportAt(scope: Scope, township: string, year: number): ReportRecord | undefined {
  return scope.index.get(cellKey(township, year));
}

/**
 * The scope's reports laid out by township and year: `grid[t][y]` is what
 * `reportAt(scope, scope.townships[t].key, scope.years[y])` returns. Built once per scope, on first
 * use, and shared by every view model: a province's 2,000 townships × 5 years read through it
 * without building a key string per cell (10,000 `reportAt` calls cost a view 10–20 ms).
 */
export type ReportGrid = readonly (readonly (ReportRecord | undefined)[])[];

const grids = new WeakMap<Scope, ReportGrid>();

export function gridOf(scope: Scope): ReportGrid {
  const known = grids.get(scope);
  if (known) return known;
  const row = new Map(scope.townships.map((t, i) => [t.key, i]));
  const column = new Map(scope.years.map((y, i) => [y, i]));
  const grid = scope.townships.map(() => scope.years.map((): ReportRecord | undefined => undefined));
  // In the index's order: a later report for the same township and year wins, as there.
  for (const r of scope.reports) {
    const t = row.get(townshipKey(r));
    const y = column.get(r.year as number);
    if (t !== undefined && y !== undefined) (grid[t] as (ReportRecord | undefined)[])[y] = r;
  }
  grids.set(scope, grid);
  return grid;
}

/**
 * The year a view shows: the requested one if the scope has it, else the latest year with at least
 * half as many reports as the busiest year. The latest year alone can hold one stray report (the
 * samples: 2024 has one of five), which makes a near-empty default page; a county whose latest
 * year lacks a report or two still opens on it.
 */
export function resolveYear(scope: Scope, requested: number | null): number | null {
  if (requested !== null && scope.years.includes(requested)) return requested;
  const count = new Map<number, number>();
  for (const r of scope.reports) count.set(r.year as number, (count.get(r.year as number) ?? 0) + 1);
  const most = Math.max(0, ...count.values());
  return scope.years.findLast((y) => 2 * (count.get(y) ?? 0) >= most) ?? null;
}

/** Whether the scope's reports come from one county at most (its median is a county median). */
export function oneCountyOf(scope: Scope): boolean {
  if (scope.county !== null) return true;
  const first = scope.reports[0]?.county;
  return scope.reports.every((r) => r.county === first);
}

/**
 * Whether a line across years compares like with like: some township has a report in two or more
 * of the years. When every year's reports come from other townships (the samples: five townships
 * of five counties), a median joined across years would draw a trend that is not there.
 */
export function yearsShareTownships(scope: Scope, years: readonly number[] = scope.years): boolean {
  const inYears = new Set(years);
  const seen = new Set<string>();
  for (const r of scope.reports) {
    if (!inYears.has(r.year as number)) continue;
    const k = townshipKey(r);
    if (seen.has(k)) return true;
    seen.add(k);
  }
  return false;
}
