// Named selectors: every component reads state through these. Each derived value is computed from
// the store by derive/ and memoised on its inputs; nothing derived is ever stored.
import {
  alternativesOf,
  completenessOf,
  countiesOf,
  countyCompleteness,
  joinLayers,
  keyTrendsOf,
  levelsOf,
  noReportRows,
  overviewOf,
  rankingOf,
  resolveTownshipKeys,
  resolveYear,
  scopeOf,
  shortcomingsOf,
  trendsOf,
  type Alternatives,
  type CompletenessVM,
  type CountyCompleteness,
  type KeyTrendsVM,
  type LevelsVM,
  type NoReportRow,
  type OverviewVM,
  type RankingVM,
  type Roster,
  type Scope,
  type ShortcomingsVM,
  type TrendsVM,
} from "../derive";
import { indexRecords, sliceOf, type RecordIndex } from "../data";
import type { ReportRecord } from "../domain";
import { memoLast } from "./memo";
import type { DashState } from "./store";
import type { Dataset } from "./types";

const EMPTY: ReportRecord[] = [];

export const selectDatasetEntry = (s: DashState) => s.datasets[s.dataset];

export const selectDataset = (s: DashState): Dataset | null => {
  const e = s.datasets[s.dataset];
  return e?.status === "ready" ? e.dataset : null;
};

const joinMemo = memoLast(joinLayers);
/** Every report of the current data set: bundled, plus imported (later: with corrections). */
export const selectReports = (s: DashState): ReportRecord[] =>
  joinMemo(selectDataset(s)?.reports ?? EMPTY, s.imported[s.dataset] ?? EMPTY);

const countiesMemo = memoLast(countiesOf);
export const selectCounties = (s: DashState): string[] => countiesMemo(selectReports(s));

/** The county filter as it applies: one unknown to this data set falls back to all. */
export const selectCounty = (s: DashState): string | null =>
  s.county !== null && selectCounties(s).includes(s.county) ? s.county : null;

// The index the records worker built travels with the data set; joined layers (imports) or a source
// that does not index get one built here, once per reports array.
const indexMemo = memoLast((reports: ReportRecord[], given: RecordIndex | undefined, ofGiven: unknown) =>
  given && ofGiven === reports ? given : indexRecords(reports),
);
/** The current reports' index (by county, prefecture, township, year, indicator: src/data/indexing). */
export const selectIndex = (s: DashState): RecordIndex => {
  const d = selectDataset(s);
  return indexMemo(selectReports(s), d?.index, d?.reports);
};

/** The prefecture in view as it applies: one this data set does not have falls back to all. */
export const selectCity = (s: DashState): string | null =>
  s.city !== null && selectIndex(s).byCity.has(s.city) ? s.city : null;

const levelMemo = memoLast(
  (
    reports: ReportRecord[],
    index: RecordIndex,
    city: string | null,
    county: string | null,
  ): ReportRecord[] => {
    if (county === null) return sliceOf(reports, index, { city }) as ReportRecord[];
    // A county is chosen by name; inside the prefecture in view (区县对比's drill, a link) the name
    // means that prefecture's county, so two counties of one name (山西's four 城区) stay apart, and
    // an unplaced county inside 未定位 is its unplaced records. A county picked in the header from
    // another prefecture is that name anywhere.
    if (city !== null) {
      const inCity = sliceOf(reports, index, { city, county }) as ReportRecord[];
      if (inCity.length > 0) return inCity;
    }
    return sliceOf(reports, index, { county }) as ReportRecord[];
  },
);
/**
 * The reports of the level in view (a county — of the prefecture in view when one is — else a
 * prefecture, else all), read through the index.
 */
export const selectLevelReports = (s: DashState): ReportRecord[] =>
  levelMemo(selectReports(s), selectIndex(s), selectCity(s), selectCounty(s));

const scopeMemo = memoLast(scopeOf);
/** The workspace's roster (its county's official township list), when it has one. */
export const selectRoster = (s: DashState): Roster | null => selectDataset(s)?.roster ?? null;
export const selectScope = (s: DashState): Scope =>
  scopeMemo(selectLevelReports(s), selectCounty(s), selectRoster(s));

export const selectYears = (s: DashState): number[] => selectScope(s).years;

/** The focus year: the chosen one if the scope has it, else the latest. */
// Memoised: resolving counts every report of the scope, and every control reads the year on each
// store change (a province: 9,400 reports per read).
const yearMemo = memoLast(resolveYear);
export const selectYear = (s: DashState): number | null => yearMemo(selectScope(s), s.year);

const reportIndexMemo = memoLast((reports: ReportRecord[]) => new Map(reports.map((r) => [r.id, r])));
export const selectReportById = (s: DashState, id: string): ReportRecord | undefined =>
  reportIndexMemo(selectReports(s)).get(id);

// Keys from older links (county/name) are mapped onto today's keys (a division code when known).
const townshipsMemo = memoLast((picked: string[] | null, omitted: string[] | null, scope: Scope) => {
  const inScope = (k: string) => scope.townships.some((t) => t.key === k);
  if (picked !== null) return resolveTownshipKeys(picked, scope.townships).filter(inScope);
  if (omitted === null) return null;
  const left = new Set(resolveTownshipKeys(omitted, scope.townships));
  const kept = scope.townships.map((t) => t.key).filter((k) => !left.has(k));
  return kept.length === scope.townships.length ? null : kept;
});
/** Picked townships that exist in scope; null = all. */
export const selectPickedTownships = (s: DashState): string[] | null =>
  townshipsMemo(s.townships, s.townshipsOmitted, selectScope(s));

const rangeMemo = memoLast((from: number | null, to: number | null): [number, number] | null =>
  from === null && to === null ? null : [from ?? -Infinity, to ?? Infinity],
);

const trendsMemo = memoLast(trendsOf);
const trendsParamsMemo = memoLast(
  (
    indicator: DashState["indicator"],
    townships: string[] | null,
    years: [number, number] | null,
    mode: DashState["change"],
    highlight: string | null,
  ) => ({ indicator, townships, years, mode, highlight }),
);
export const selectTrends = (s: DashState): TrendsVM =>
  trendsMemo(
    selectScope(s),
    trendsParamsMemo(s.indicator, selectPickedTownships(s), rangeMemo(s.from, s.to), s.change, s.highlight),
  );

const rankingMemo = memoLast(rankingOf);
export const selectRanking = (s: DashState): RankingVM | null => {
  const year = selectYear(s);
  return year === null ? null : rankingMemo(selectScope(s), s.indicator, year, s.highlight);
};

const completenessMemo = memoLast(completenessOf);
export const selectCompleteness = (s: DashState): CompletenessVM | null => {
  const year = selectYear(s);
  return year === null ? null : completenessMemo(selectScope(s), year);
};

const countyCompletenessMemo = memoLast(countyCompleteness);
/** 完整性 at province scale: one row per county for the focus year. */
export const selectCountyCompleteness = (s: DashState): CountyCompleteness[] | null => {
  const year = selectYear(s);
  return year === null ? null : countyCompletenessMemo(selectScope(s), year);
};

const shortcomingsMemo = memoLast(shortcomingsOf);
export const selectShortcomings = (s: DashState): ShortcomingsVM => shortcomingsMemo(selectScope(s), null);

// The overview counts shortcomings up to its year; up to the latest year that is 问题's model
// itself, computed once for both (the first chart's work makes the first visit to 问题 cheap).
const shortcomingsUpToMemo = memoLast(shortcomingsOf);
const shortcomingsUpTo = (scope: Scope, year: number): ShortcomingsVM =>
  year >= (scope.years.at(-1) ?? -Infinity)
    ? shortcomingsMemo(scope, null)
    : shortcomingsUpToMemo(scope, year);
const overviewMemo = memoLast((scope: Scope, year: number) =>
  overviewOf(scope, year, shortcomingsUpTo(scope, year)),
);
export const selectOverview = (s: DashState): OverviewVM | null => {
  const year = selectYear(s);
  return year === null ? null : overviewMemo(selectScope(s), year);
};

const keyTrendsMemo = memoLast(keyTrendsOf);
export const selectKeyTrends = (s: DashState): KeyTrendsVM | null => {
  const year = selectYear(s);
  return year === null ? null : keyTrendsMemo(selectScope(s), year);
};

const levelsMemo = memoLast(levelsOf);
/**
 * 区县对比 at the level in view (the province, or a prefecture). Its year is the focus year the scope
 * resolves (the prefecture's years when one is chosen), else the data set's latest.
 */
export const selectLevels = (s: DashState): LevelsVM | null => {
  const index = selectIndex(s);
  const years = [...index.byYear.keys()].filter((y) => y >= 0).sort((a, b) => a - b);
  const year = s.year !== null && index.byYear.has(s.year) ? s.year : (years.at(-1) ?? null);
  return year === null ? null : levelsMemo(selectReports(s), index, selectCity(s), year, s.indicator);
};

const alternativesMemo = memoLast(alternativesOf);
/** Reports kept as alternatives (保留两份) and the primary each stands beside: rows for the 数据表. */
export const selectAlternatives = (s: DashState): Alternatives => alternativesMemo(selectReports(s));

const noReportMemo = memoLast((scope: Scope, roster: Roster | null) =>
  noReportRows(
    scope.reports,
    roster && (scope.county === null || scope.county === roster.county.name) ? roster : null,
    scope.years,
  ),
);
/** Townships the scope counts × its years with no report (未报送): rows for the 数据表 and the deck. */
export const selectNoReportRows = (s: DashState): NoReportRow[] =>
  noReportMemo(selectScope(s), selectRoster(s));
