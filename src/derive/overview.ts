// View model of 概览: the year at a glance for one county. Every tile is a count or a spread
// computed from the same scope the other views use, so a tile and the view it opens agree.
import { KEY_INDICATORS, type IndicatorDef } from "../domain";
import { reportAt, type Scope } from "./scope";
import { shortcomingsOf } from "./shortcomings";
import { spreadOf, type Spread } from "./stats";
import { hasFigure, observationOf, statusOf } from "./status";

export interface KeyIndicatorTile {
  indicator: IndicatorDef;
  spread: Spread | null;
  /** Townships whose report states it. */
  stating: number;
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
  const readable = reports.filter((r) => r !== undefined && !r.error);
  const keyIndicators = KEY_INDICATORS.map((indicator): KeyIndicatorTile => {
    const values = readable.flatMap((r) => observationOf(r, indicator.id)?.value ?? []);
    return { indicator, spread: spreadOf(values), stating: values.length };
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
