// What a report says about one indicator. Missing is a value of its own, never 0 (DESIGN §3):
// stated, stated as zero, absent from the report, no report at all, or a file that could not be read.
import type { IndicatorId, Observation, ReportRecord } from "../domain";

export type FigureStatus = "stated" | "zero" | "absent" | "no_report" | "unreadable";

export function observationOf(report: ReportRecord | undefined, id: IndicatorId): Observation | undefined {
  return report?.indicators.find((o) => o.id === id);
}

export function statusOf(report: ReportRecord | undefined, id: IndicatorId): FigureStatus {
  return statusWith(report, report && observationOf(report, id));
}

/** statusOf for a caller that has already looked the observation up (one search, not two). */
export function statusWith(report: ReportRecord | undefined, obs: Observation | undefined): FigureStatus {
  if (!report) return "no_report";
  if (report.error) return "unreadable";
  if (!obs) return "absent";
  return obs.value === 0 ? "zero" : "stated";
}

/** Stated or stated as zero: the report gives a figure. */
export const hasFigure = (s: FigureStatus): boolean => s === "stated" || s === "zero";
