// The data set as two flat tables for Excel/WPS: one row per extracted figure, one row per admitted
// shortcoming. UTF-8 with a BOM (Excel reads BOM-less UTF-8 as the ANSI code page and garbles
// Chinese), CRLF line ends, Chinese headers, and the stable ids beside the labels so a sheet can be
// joined back to the data set.
import Papa from "papaparse";
import { INDICATOR_IDS, indicatorDef, shortcomingDef, type ReportRecord } from "../domain";
import { neutralizeFormula } from "./formula";

const BOM = "\uFEFF";

/**
 * Where the township is in the national division list (CONTRACT §1a), last so the earlier columns
 * keep their places: the 9-digit code joins a sheet to the official list; the basis says whether the
 * text named a containing county (stated) or the name is unique nationwide (inferred).
 */
const DIVISION_COLUMNS = ["区划代码", "区划依据"] as const;

export const INDICATOR_COLUMNS = [
  "报告ID",
  "文件",
  "乡镇",
  "县",
  "年份",
  "指标ID",
  "指标",
  "数值",
  "单位",
  "约数",
  "来源",
  "规则",
  "证据原文",
  "推算说明",
  "证据起",
  "证据止",
  ...DIVISION_COLUMNS,
] as const;

export const SHORTCOMING_COLUMNS = [
  "报告ID",
  "文件",
  "乡镇",
  "县",
  "年份",
  "序号",
  "类别ID",
  "类别",
  "原文",
  "起",
  "止",
  ...DIVISION_COLUMNS,
] as const;

type Cell = string | number;

/** One row per observation, reports in the order given, figures in catalogue order. */
export function toIndicatorsCsv(records: readonly ReportRecord[]): string {
  const rank = new Map<string, number>(INDICATOR_IDS.map((id, i) => [id, i]));
  const rows: Cell[][] = [];
  for (const r of records) {
    const observations = [...r.indicators].sort((a, b) => (rank.get(a.id) ?? 99) - (rank.get(b.id) ?? 99));
    for (const o of observations) {
      rows.push([
        ...reportCells(r),
        o.id,
        indicatorDef(o.id).name,
        o.value,
        o.unit,
        o.approx,
        o.basis,
        o.rule,
        o.evidence.text,
        o.derivation ?? "",
        o.evidence.start,
        o.evidence.end,
        ...divisionCells(r),
      ]);
    }
  }
  return toCsv(INDICATOR_COLUMNS, rows);
}

/** One row per shortcoming item, numbered within its report. */
export function toShortcomingsCsv(records: readonly ReportRecord[]): string {
  const rows: Cell[][] = [];
  for (const r of records) {
    r.shortcomings.forEach((s, i) => {
      rows.push([
        ...reportCells(r),
        i + 1,
        s.category,
        shortcomingDef(s.category).label,
        s.text,
        s.start,
        s.end,
        ...divisionCells(r),
      ]);
    });
  }
  return toCsv(SHORTCOMING_COLUMNS, rows);
}

function reportCells(r: ReportRecord): Cell[] {
  return [r.id, r.file, r.township ?? "", r.county ?? "", r.year ?? ""];
}

function divisionCells(r: ReportRecord): Cell[] {
  return r.division ? [r.division.code, r.division.basis] : ["", ""];
}

function toCsv(fields: readonly string[], data: Cell[][]): string {
  // Formula-looking cells get their apostrophe here (formula.ts), not from Papa's escapeFormulae,
  // whose pattern misses full-width signs and cells with a line break.
  const body = Papa.unparse(
    { fields: [...fields].map(neutralizeFormula), data: data.map((row) => row.map(neutralizeFormula)) },
    { newline: "\r\n", quotes: false },
  );
  return `${BOM}${body}\r\n`;
}
