// View model of 概览: the year at a glance for one county. Every tile is a count or a spread
// computed from the same scope the other views use, so a tile and the view it opens agree.
import { KEY_INDICATORS, type Approx, type IndicatorDef, type ReportRecord } from "../domain";
import { zh } from "../text/zh";
import { gridOf, type Scope } from "./scope";
import { shortcomingsOf, type ShortcomingsVM } from "./shortcomings";
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
  /** Every township at the highest / lowest figure, in name order: a tie is never one name. */
  maxAll: TileFigure[];
  minAll: TileFigure[];
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
  /** Townships missing at least one key indicator, counting those with no report: the headline. */
  missingKey: number;
  /** Township × category pairs admitted in two or more years up to this year. */
  recurringPairs: number;
  recurringTownships: number;
}

/**
 * @param sc the shortcomings up to `year` (`shortcomingsOf(scope, year)`); the store passes the one 问题
 * shows when `year` is the scope's latest, so the first chart's work serves that view too.
 */
export function overviewOf(
  scope: Scope,
  year: number,
  sc: ShortcomingsVM = shortcomingsOf(scope, year),
): OverviewVM {
  const at = scope.years.indexOf(year);
  const reports = gridOf(scope).map((row) => row[at]);
  const readable = reports.filter((r): r is ReportRecord => r !== undefined && !r.error);
  const keyIndicators = KEY_INDICATORS.map((indicator): KeyIndicatorTile => {
    const figures = readable.flatMap((r): TileFigure[] => {
      const o = observationOf(r, indicator.id);
      return o ? [{ township: townshipName(r), reportId: r.id, value: o.value, approx: o.approx }] : [];
    });
    const values = figures.map((f) => f.value);
    // The extremes once, not per figure: a province has thousands of figures.
    const hi = values.reduce((m, v) => (v > m ? v : m), -Infinity);
    const lo = values.reduce((m, v) => (v < m ? v : m), Infinity);
    const maxAll = figures.filter((f) => f.value === hi);
    const minAll = figures.filter((f) => f.value === lo);
    return {
      indicator,
      spread: spreadOf(values),
      stating: values.length,
      max: maxAll[0] ?? null,
      min: minAll[0] ?? null,
      maxAll,
      minAll,
    };
  });
  const missingKeyWithReport = readable.filter((r) =>
    KEY_INDICATORS.some((d) => !hasFigure(statusOf(r, d.id))),
  ).length;
  return {
    year,
    received: reports.filter((r) => r !== undefined).length,
    known: scope.townships.length,
    undated: scope.undated.length,
    keyIndicators,
    missingKeyWithReport,
    noReport: scope.townships.length - readable.length,
    missingKey: missingKeyWithReport + scope.townships.length - readable.length,
    recurringPairs: sc.recurring.length,
    recurringTownships: new Set(sc.recurring.map((r) => r.township)).size,
  };
}

/** One headline number of the year: the overview's top tiles and the deck's overview slide alike. */
export interface Headline {
  id: "received" | "missing" | "recurring";
  label: string;
  value: string;
  note: string;
  /** Something to act on (a township missing indicators, a problem that recurs). */
  warn: boolean;
}

/**
 * The year's headline numbers, worded once. The overview's tiles and the deck's overview slide
 * both call this, so the screen and a slide cannot give two counts for 缺少关键指标.
 */
export function headlinesOf(vm: OverviewVM): Headline[] {
  const T = zh.overview;
  return [
    {
      id: "received",
      label: T.received,
      value: T.receivedOf(vm.received, vm.known),
      note: T.receivedNote(vm.year) + (vm.undated ? `；另有${vm.undated}份年份不详` : ""),
      warn: false,
    },
    {
      id: "missing",
      label: T.missingKey,
      value: `${vm.missingKey} ${T.unit.townships}`,
      note: `${T.missingKeyNote}：有报告但缺项 ${vm.missingKeyWithReport}，${zh.status.no_report} ${vm.noReport}`,
      warn: vm.missingKey > 0,
    },
    {
      id: "recurring",
      label: T.recurring,
      value: `${vm.recurringPairs} ${T.unit.pairs}`,
      note: `${T.recurringNote}（截至${vm.year}年，涉及${vm.recurringTownships}个乡镇）`,
      warn: vm.recurringPairs > 0,
    },
  ];
}
