// View model of 排名: one indicator, one year, townships with a figure as sorted bars (highest first)
// with the change from the previous year; those without a figure are listed, not drawn as 0.
import { indicatorDef, type Approx, type FigureReview, type IndicatorDef, type IndicatorId } from "../domain";
import { gridOf, type Scope } from "./scope";
import { median } from "./stats";
import { observationOf, statusOf, type FigureStatus } from "./status";
import { compareZh } from "./townships";

export interface RankBar {
  key: string;
  label: string;
  value: number;
  approx: Approx;
  reportId: string;
  /** Figure of the previous year in scope, if that year's report states it. */
  prev: number | null;
  change: number | null;
  /** The change involves an approximate figure (either year), so it is approximate too. */
  changeApprox: boolean;
  /** What a person did to the figure in 校对, if anything. */
  review?: FigureReview;
}

export interface RankMissing {
  key: string;
  label: string;
  status: FigureStatus;
  reportId: string | null;
}

export interface RankingVM {
  indicator: IndicatorDef;
  year: number;
  prevYear: number | null;
  bars: RankBar[];
  missing: RankMissing[];
  median: number | null;
  highlight: string | null;
}

export function rankingOf(
  scope: Scope,
  indicator: IndicatorId,
  year: number,
  highlight: string | null = null,
): RankingVM {
  const prevYear = [...scope.years].reverse().find((y) => y < year) ?? null;
  const at = scope.years.indexOf(year);
  const prevAt = prevYear === null ? -1 : scope.years.indexOf(prevYear);
  const grid = gridOf(scope);
  const bars: RankBar[] = [];
  const missing: RankMissing[] = [];
  for (const [ti, t] of scope.townships.entries()) {
    const row = grid[ti] ?? [];
    const report = row[at];
    const obs = observationOf(report, indicator);
    if (!obs || !report) {
      missing.push({
        key: t.key,
        label: t.label,
        status: statusOf(report, indicator),
        reportId: report?.id ?? null,
      });
      continue;
    }
    const prevObs = prevAt < 0 ? undefined : observationOf(row[prevAt], indicator);
    const prev = prevObs?.value ?? null;
    bars.push({
      key: t.key,
      label: t.label,
      value: obs.value,
      approx: obs.approx,
      reportId: report.id,
      prev,
      change: prev === null ? null : obs.value - prev,
      changeApprox: obs.approx !== "exact" || (prevObs !== undefined && prevObs.approx !== "exact"),
      ...(obs.review ? { review: obs.review } : {}),
    });
  }
  bars.sort((a, b) => b.value - a.value || compareZh(a.label, b.label));
  return {
    indicator: indicatorDef(indicator),
    year,
    prevYear,
    bars,
    missing,
    median: median(bars.map((b) => b.value)),
    highlight,
  };
}
