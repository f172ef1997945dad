// View model of 完整性: who does not report the key indicators. Two matrices: township × key
// indicator for one year, and township × year (how many of the four each report states).
import {
  KEY_INDICATORS,
  type FigureReview,
  type IndicatorDef,
  type IndicatorId,
  type Observation,
  type ReportRecord,
} from "../domain";
import { gridOf, scopeOf, type Scope } from "./scope";
import { compareZh } from "./townships";
import { hasFigure, observationOf, statusOf, type FigureStatus } from "./status";

export interface CompletenessCell {
  township: string;
  status: FigureStatus;
  reportId: string | null;
  value: number | null;
  /**
   * Whether a person has checked this figure in 校对. Undefined for reports nobody can review (the
   * bundled data sets) and for cells without a report.
   */
  review?: "checked" | "unchecked";
  /** Who checked it, when, and what the engine had read. */
  check?: FigureReview;
}

export interface IndicatorCell extends CompletenessCell {
  indicator: IndicatorId;
  /** The figure is computed (a rate from two counts, a sum of parts): shown as 推算, not 已写明. */
  derived?: true;
}

export interface YearCell extends CompletenessCell {
  year: number;
  /** How many key indicators the report states; null without a readable report. */
  stated: number | null;
  /** Key indicators the report does not state. */
  absent: IndicatorId[];
}

export interface CompletenessVM {
  year: number;
  townships: { key: string; label: string }[];
  indicators: IndicatorDef[];
  /** Row-major: townships[i] × indicators[j]. */
  byIndicator: IndicatorCell[][];
  years: number[];
  /** Row-major: townships[i] × years[j]. */
  byYear: YearCell[][];
}

/**
 * A key figure's review state: only reports from the workspace (they carry `reviewed`) can be
 * checked; a figure a person rejected counts as checked too (they looked and found none).
 */
export function cellReview(
  report: ReportRecord | undefined,
  id: IndicatorId,
): Pick<CompletenessCell, "review" | "check"> {
  const r = report as (ReportRecord & { reviewed?: unknown; rejected?: Observation[] }) | undefined;
  if (!r || r.error || r.reviewed === undefined) return {};
  const review =
    observationOf(r, id)?.review ?? r.rejected?.find((o) => o.id === id && o.review)?.review ?? undefined;
  return review ? { review: "checked", check: review } : { review: "unchecked" };
}

export function completenessOf(scope: Scope, year: number): CompletenessVM {
  const townships = scope.townships.map((t) => ({ key: t.key, label: t.label }));
  const grid = gridOf(scope);
  const at = scope.years.indexOf(year);
  const byIndicator = townships.map((t, ti) => {
    const report = grid[ti]?.[at];
    return KEY_INDICATORS.map((def): IndicatorCell => ({
      township: t.key,
      indicator: def.id,
      status: statusOf(report, def.id),
      reportId: report?.id ?? null,
      value: observationOf(report, def.id)?.value ?? null,
      ...(observationOf(report, def.id)?.basis === "derived" ? { derived: true as const } : {}),
      ...cellReview(report, def.id),
    }));
  });
  const byYear = townships.map((t, ti) =>
    scope.years.map((y, yi): YearCell => {
      const report = grid[ti]?.[yi];
      const statuses = KEY_INDICATORS.map((d) => statusOf(report, d.id));
      const readable = report !== undefined && !report.error;
      const stated = readable ? statuses.filter(hasFigure).length : null;
      return {
        township: t.key,
        year: y,
        status: !report ? "no_report" : report.error ? "unreadable" : stated === 4 ? "stated" : "absent",
        reportId: report?.id ?? null,
        value: stated,
        stated,
        absent: readable
          ? KEY_INDICATORS.filter((_, i) => !hasFigure(statuses[i] as FigureStatus)).map((d) => d.id)
          : [],
      };
    }),
  );
  return { year, townships, indicators: [...KEY_INDICATORS], byIndicator, years: scope.years, byYear };
}

/** What a township lacks: key figures of the focus year (a year without a report lacks all four),
 *  and key figures over every year in scope. */
export interface Missing {
  year: number;
  all: number;
}

export function missingOf(vm: CompletenessVM, row: number): Missing {
  const year = (vm.byIndicator[row] ?? []).filter((c) => !hasFigure(c.status)).length;
  const all = (vm.byYear[row] ?? []).reduce((n, c) => n + (c.stated === null ? 4 : 4 - c.stated), 0);
  return { year, all };
}

/**
 * The rows in the order a clerk chases them: most key figures missing in the focus year first,
 * then most missing over all years, then by name.
 */
export function orderByMissing(vm: CompletenessVM): CompletenessVM {
  const miss = vm.townships.map((_, i) => missingOf(vm, i));
  const order = vm.townships
    .map((_, i) => i)
    .sort(
      (a, b) =>
        (miss[b] as Missing).year - (miss[a] as Missing).year ||
        (miss[b] as Missing).all - (miss[a] as Missing).all ||
        compareZh(vm.townships[a]?.label ?? "", vm.townships[b]?.label ?? ""),
    );
  return {
    ...vm,
    townships: order.map((i) => vm.townships[i] as CompletenessVM["townships"][number]),
    byIndicator: order.map((i) => vm.byIndicator[i] ?? []),
    byYear: order.map((i) => vm.byYear[i] ?? []),
  };
}

/** One county of a data set spanning several (a province): how completely its townships report. */
export interface CountyCompleteness {
  county: string;
  townships: number;
  /** Townships with a readable report in the focus year. */
  reported: number;
  /** Per key indicator (KEY_INDICATORS order): townships whose focus-year report states it. */
  stating: number[];
  /** Townships lacking at least one key figure in the focus year (no report included). */
  lacking: number;
}

/** 未定位: reports that name no county are a group of their own, never dropped. */
export const NO_COUNTY = "未定位";

/**
 * 完整性 at province scale, one row per county (counties with the most townships lacking a key
 * figure, as a share, first). The canvas never grows with the number of townships: a county's own
 * grid is opened by drilling down (countyScope).
 */
export function countyCompleteness(scope: Scope, year: number): CountyCompleteness[] {
  const rows = new Map<string, CountyCompleteness>();
  const grid = gridOf(scope);
  const at = scope.years.indexOf(year);
  for (const [ti, t] of scope.townships.entries()) {
    const county = t.county ?? NO_COUNTY;
    const row = rows.get(county) ?? {
      county,
      townships: 0,
      reported: 0,
      stating: KEY_INDICATORS.map(() => 0),
      lacking: 0,
    };
    row.townships++;
    const report = grid[ti]?.[at];
    if (report && !report.error) row.reported++;
    let all = true;
    KEY_INDICATORS.forEach((d, i) => {
      if (hasFigure(statusOf(report, d.id))) row.stating[i] = (row.stating[i] ?? 0) + 1;
      else all = false;
    });
    if (!all) row.lacking++;
    rows.set(county, row);
  }
  return [...rows.values()].sort(
    (a, b) => b.lacking / b.townships - a.lacking / a.townships || compareZh(a.county, b.county),
  );
}

/** The scope of one county inside a wider one (the drill-down of countyCompleteness). */
export function countyScope(scope: Scope, county: string): Scope {
  const own = (r: ReportRecord) => (r.county ?? NO_COUNTY) === county;
  const sub = scopeOf([...scope.reports, ...scope.undated].filter(own), null);
  return { ...sub, county: county === NO_COUNTY ? null : county };
}
