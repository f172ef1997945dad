// View model of 概览: the year at a glance for one county. Every tile is a count or a spread
// computed from the same scope the other views use, so a tile and the view it opens agree.
import { KEY_INDICATORS, type Approx, type IndicatorDef, type ReportRecord } from "../domain";
import { reportAt, type Scope } from "./scope";
import { shortcomingsOf } from "./shortcomings";
import { spreadOf, type Spread } from "./stats";
import { townshipName } from "./townships";
import { hasFigure, observationOf, statusOf } from "./status";

/** A figure a tile names, so a click can open the sentence it came from. */
export interface TileFigure {
  township: string;
  reportId: string;
  value: number;
  approx: Approx;
}

export interface KeyIndicatorTile {
  indicator: IndicatorDef;
  spread: Spread | null;
  /** Townships whose report states it. */
  stating: number;
  /** The highest and lowest figures (first township in name order on ties). */
  max: TileFigure | null;
  min: TileFigure | null;
}

export interface OverviewVM {
  year: number;
  received: number;
  known: number;
  undated: number;
  keyIndicators: KeyIndicatorTile[];
  /** Townships with a report that lacks at least one key indicator. */
  missingKeyWithReport: number;
  /** Known townships with no (readable) report this year. */
  noReport: number;
  /** Township × category pairs admitted in two or more years up to this year. */
  recurringPairs: number;
  recurringTownships: number;
}

export function overviewOf(scope: Scope, year: number): OverviewVM {
  const reports = scope.townships.map((t) => reportAt(scope, t.key, year));
  const readable = reports.filter((r): r is ReportRecord => r !== undefined && !r.error);
  const keyIndicators = KEY_INDICATORS.map((indicator): KeyIndicatorTile => {
    const figures = readable.flatMap((r): TileFigure[] => {
      const o = observationOf(r, indicator.id);
      return o ? [{ township: townshipName(r), reportId: r.id, value: o.value, approx: o.approx }] : [];
    });
    const values = figures.map((f) => f.value);
    const pick = (better: (a: number, b: number) => boolean) =>
      figures.reduce<TileFigure | null>(
        (best, f) => (best === null || better(f.value, best.value) ? f : best),
        null,
      );
    return {
      indicator,
      spread: spreadOf(values),
      stating: values.length,
      max: pick((a, b) => a > b),
      min: pick((a, b) => a < b),
    };
  });
  const missingKeyWithReport = readable.filter((r) =>
    KEY_INDICATORS.some((d) => !hasFigure(statusOf(r, d.id))),
  ).length;
  const sc = shortcomingsOf(scope, year);
  return {
    year,
    received: reports.filter((r) => r !== undefined).length,
    known: scope.townships.length,
    undated: scope.undated.length,
    keyIndicators,
    missingKeyWithReport,
    noReport: scope.townships.length - readable.length,
    recurringPairs: sc.recurring.length,
    recurringTownships: new Set(sc.recurring.map((r) => r.township)).size,
  };
}
