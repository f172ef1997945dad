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
import { compareZh, rankNames, rankOf } from "./zhOrder";

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
  readonly values: Record<IndicatorId, IndicatorCell | null>;
  /** How many ★ key indicators the report does not state. */
  missingKey: number;
  /** How many shortcomings (存在的不足) the report admits. */
  shortcomings: number;
  /** Figures a person checked in 校对, of all figures; null for reports nobody can review. */
  reviewed: { done: number; total: number } | null;
  /** Set when the file could not be read; all values are then null. */
  error: string | null;
  /** Lower-case text the search box matches: name, county and pinyin. */
  readonly search: string;
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

/** Each indicator's first usable figure (the extractor lists the year total first), else null. */
function cellsOf(report: ReportRecord): Record<IndicatorId, IndicatorCell | null> {
  const values = {} as Record<IndicatorId, IndicatorCell | null>;
  for (const id of INDICATOR_IDS) values[id] = null;
  // The contract gives one observation per indicator; should a record repeat one, the first wins
  // (the extractor lists the year total first), so the table never shows a partial figure.
  for (const o of report.indicators ?? []) {
    if (o.id in values && values[o.id] === null && usable(o)) values[o.id] = toCell(o);
  }
  return values;
}

/**
 * A report's row. Its cells and its search haystack are built on first read (a rendered row, a
 * search, an export), not with the row: a province has 9,400 rows of ~40 cells, and building them
 * all up front cost 100–250 ms before the 数据表 could show its first screen of ~30 rows.
 */
class ReportRow implements TableRow {
  readonly reportId: string;
  readonly township: string;
  readonly county: string | null;
  readonly year: number | null;
  readonly missingKey: number;
  readonly shortcomings: number;
  readonly reviewed: { done: number; total: number } | null;
  readonly error: string | null;
  declare kind?: "no_report" | "alternative";
  declare hasAlternative?: true;
  readonly rowId: string;
  readonly #report: ReportRecord;
  readonly #pinyin: PinyinLib | null;
  #cells: Record<IndicatorId, IndicatorCell | null> | null = null;
  #search: string | null = null;

  constructor(
    report: ReportRecord & { reviewed?: { done: number; total: number } },
    rowId: string,
    pinyin: PinyinLib | null,
  ) {
    this.#report = report;
    this.#pinyin = pinyin;
    this.rowId = rowId;
    this.reportId = report.id;
    this.township = townshipName(report);
    this.county = report.county;
    this.year = report.year;
    this.missingKey = report.missing?.length ?? 0;
    this.shortcomings = report.shortcomings?.length ?? 0;
    this.reviewed = report.reviewed ?? null;
    this.error = report.error ?? null;
  }

  get values(): Record<IndicatorId, IndicatorCell | null> {
    return (this.#cells ??= cellsOf(this.#report));
  }

  get search(): string {
    return (this.#search ??= searchKey(this.township, this.county, this.#pinyin));
  }

  /** The figure of one indicator, without building the row's cells (a sort reads every row). */
  figure(id: IndicatorId): number | undefined {
    if (this.#cells) return this.#cells[id]?.value ?? undefined;
    for (const o of this.#report.indicators ?? []) if (o.id === id && usable(o)) return o.value;
    return undefined;
  }
}

export function reportToRow(
  report: ReportRecord & { reviewed?: { done: number; total: number } },
  rowId = report.id,
  pinyin: PinyinLib | null = null,
): TableRow {
  return new ReportRow(report, rowId, pinyin);
}

/** One indicator's figure in a row (undefined when not stated), as the sort and the export read it. */
export function figureOf(row: TableRow, id: IndicatorId): number | undefined {
  return row instanceof ReportRow ? row.figure(id) : (row.values[id]?.value ?? undefined);
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
  return sortDefault(rows);
}

/** A county-less row sorts after every county (compareDefault's "\uffff"). */
const NO_COUNTY = "\uffff";

/**
 * The rows in compareDefault's order. The names are ranked once here (zhOrder.ts), so this sort and
 * the 乡镇/县 column sorts compare integers; this sort compares each row's three ranks from typed
 * arrays (a province: ~120,000 comparisons) rather than looking its names up per comparison.
 */
function sortDefault(rows: TableRow[]): TableRow[] {
  const names: string[] = [NO_COUNTY];
  for (const r of rows) {
    names.push(r.township);
    if (r.county !== null) names.push(r.county);
  }
  rankNames(names);
  const county = new Int32Array(rows.length);
  const township = new Int32Array(rows.length);
  const year = new Float64Array(rows.length);
  rows.forEach((r, i) => {
    county[i] = rankOf(r.county ?? NO_COUNTY);
    township[i] = rankOf(r.township);
    year[i] = r.year ?? Infinity;
  });
  const order = rows.map((_, i) => i);
  // Two rows without a year compare equal (Infinity - Infinity is NaN, which sort reads as 0).
  order.sort((i, j) => county[i]! - county[j]! || township[i]! - township[j]! || year[i]! - year[j]!);
  return order.map((i) => rows[i]!);
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
