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

/** The year a view shows: the requested one if the scope has it, else the latest. */
export function resolveYear(scope: Scope, requested: number | null): number | null {
  if (requested !== null && scope.years.includes(requested)) return requested;
  return scope.years.at(-1) ?? null;
}
