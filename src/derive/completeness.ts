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
import { reportAt, type Scope } from "./scope";
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
  const byIndicator = townships.map((t) => {
    const report = reportAt(scope, t.key, year);
    return KEY_INDICATORS.map((def): IndicatorCell => ({
      township: t.key,
      indicator: def.id,
      status: statusOf(report, def.id),
      reportId: report?.id ?? null,
      value: observationOf(report, def.id)?.value ?? null,
      ...cellReview(report, def.id),
    }));
  });
  const byYear = townships.map((t) =>
    scope.years.map((y): YearCell => {
      const report = reportAt(scope, t.key, y);
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
