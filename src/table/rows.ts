// ReportRecord[] → one flat row per report, the only data shape the table knows. Pure: no React,
// no table library. A figure the report does not state is `null` here and stays distinguishable
// from a stated 0 all the way to the screen and the export.
import {
  INDICATOR_IDS,
  type Approx,
  type Basis,
  type FigureReview,
  type IndicatorId,
  type Observation,
  type ReportRecord,
} from "../domain";
import { searchKey, townshipName, type Alternatives, type NoReportRow, type PinyinLib } from "../derive";
import { compareZh, rankNames } from "./zhOrder";

/** One indicator of one report, reduced to what a cell shows and what its tooltip says. */
export interface IndicatorCell {
  value: number;
  approx: Approx;
  basis: Basis;
  unit: string;
  /** The report quotes text for it (a click can show the passage). */
  hasEvidence: boolean;
  /** The quoted passage, for the tooltip of an approximate figure. */
  evidenceText: string;
  /** For a derived value: how it was derived, in the extractor's words. */
  derivation: string | null;
  /** What a person did to the figure in 校对 (workspace reports only). */
  review?: FigureReview;
}

export interface TableRow {
  /** Unique among the rows (the report id, suffixed if two reports share one). */
  rowId: string;
  /** The report id, as the evidence panel expects it. */
  reportId: string;
  township: string;
  county: string | null;
  year: number | null;
  values: Record<IndicatorId, IndicatorCell | null>;
  /** How many ★ key indicators the report does not state. */
  missingKey: number;
  /** How many shortcomings (存在的不足) the report admits. */
  shortcomings: number;
  /** Figures a person checked in 校对, of all figures; null for reports nobody can review. */
  reviewed: { done: number; total: number } | null;
  /** Set when the file could not be read; all values are then null. */
  error: string | null;
  /** Lower-case text the search box matches: name, county and pinyin. */
  search: string;
  /**
   * no_report: a township × year with no report (未报送), a row with no figures; alternative: a
   * second report of the same township and year kept beside the primary (保留两份), left out of
   * the charts. Absent for an ordinary report.
   */
  kind?: "no_report" | "alternative";
  /** A primary report that has an alternative beside it (另有一份). */
  hasAlternative?: true;
}

/** Rows the table adds to the reports: 未报送 township-years and kept-both alternatives. */
export interface ExtraRows {
  noReport: readonly NoReportRow[];
  alternatives: Alternatives | null;
}

function toCell(o: Observation): IndicatorCell {
  const text = o.evidence?.text ?? "";
  const cell: IndicatorCell = {
    value: o.value,
    approx: o.approx,
    basis: o.basis,
    unit: o.unit,
    hasEvidence: text.length > 0 && o.evidence.end > o.evidence.start,
    evidenceText: text,
    derivation: o.derivation ?? null,
  };
  if (o.review) cell.review = o.review;
  return cell;
}

/** Finite numbers only: a NaN from a broken record must not sort or export as a number. */
const usable = (o: Observation): boolean => typeof o.value === "number" && Number.isFinite(o.value);

export function reportToRow(
  report: ReportRecord & { reviewed?: { done: number; total: number } },
  rowId = report.id,
  pinyin: PinyinLib | null = null,
): TableRow {
  const values = {} as Record<IndicatorId, IndicatorCell | null>;
  for (const id of INDICATOR_IDS) values[id] = null;
  // The contract gives one observation per indicator; should a record repeat one, the first wins
  // (the extractor lists the year total first), so the table never shows a partial figure.
  for (const o of report.indicators ?? []) {
    if (o.id in values && values[o.id] === null && usable(o)) values[o.id] = toCell(o);
  }
  return {
    rowId,
    reportId: report.id,
    township: townshipName(report),
    county: report.county,
    year: report.year,
    values,
    missingKey: report.missing?.length ?? 0,
    shortcomings: report.shortcomings?.length ?? 0,
    reviewed: report.reviewed ?? null,
    error: report.error ?? null,
    search: searchKey(townshipName(report), report.county, pinyin),
  };
}

/** The table's default order, before the user sorts: county, township (pinyin order), year. */
export function compareDefault(a: TableRow, b: TableRow): number {
  return (
    compareZh(a.county ?? "\uffff", b.county ?? "\uffff") ||
    compareZh(a.township, b.township) ||
    (a.year ?? Infinity) - (b.year ?? Infinity)
  );
}

/**
 * One row per report, in the default order; row ids stay unique even if report ids repeat. With
 * pinyin-pro the search haystacks also hold each name's pinyin (the table passes it once loaded).
 */
export function buildRows(
  reports: readonly ReportRecord[],
  pinyin: PinyinLib | null = null,
  extra: ExtraRows | null = null,
): TableRow[] {
  const seen = new Map<string, number>();
  const alt = extra?.alternatives ?? null;
  const all = alt ? [...reports, ...alt.rows.filter((r) => !reports.includes(r))] : reports;
  const rows = all.map((r) => {
    const n = (seen.get(r.id) ?? 0) + 1;
    seen.set(r.id, n);
    const row = reportToRow(r, n === 1 ? r.id : `${r.id}#${n}`, pinyin);
    if (alt?.primaryOf.has(r.id)) row.kind = "alternative";
    else if (alt?.ofPrimary.has(r.id)) row.hasAlternative = true;
    return row;
  });
  for (const nr of extra?.noReport ?? []) rows.push(noReportToRow(nr, pinyin));
  // Ranked once here, so this sort and the 乡镇/县 column sorts compare integers (zhOrder.ts).
  rankNames(rows.flatMap((r) => (r.county === null ? [r.township] : [r.township, r.county])));
  return rows.sort(compareDefault);
}

/** A township × year with no report: its name, county and year, no figures (未报送). */
export function noReportToRow(nr: NoReportRow, pinyin: PinyinLib | null = null): TableRow {
  const values = {} as Record<IndicatorId, IndicatorCell | null>;
  for (const id of INDICATOR_IDS) values[id] = null;
  return {
    rowId: `未报送|${nr.township.key}|${nr.year}`,
    reportId: "",
    township: nr.township.label,
    county: nr.township.county,
    year: nr.year,
    values,
    missingKey: 0,
    shortcomings: 0,
    reviewed: null,
    error: null,
    search: searchKey(nr.township.name, nr.township.county, pinyin),
    kind: "no_report",
  };
}

/** A row that stands for a report (not a 未报送 township-year). */
export const isReportRow = (r: TableRow): boolean => r.kind !== "no_report";
