// VisibleTable (exactly what the user sees) → the rows of a spreadsheet, shared by the CSV and the
// XLSX writers so both files hold the same thing. Pure.
//
// Two rules shape it:
// - An approximate figure (70余起) stays a NUMBER in its column; its marker (至少/约) goes to a
//   companion column "…约数" right after it, so sums and sorts in Excel still work. Likewise a
//   derived figure (推算) is marked in a companion column "…来源".
// - Text that a spreadsheet would run as a formula (= + - @ tab CR at the start) gets a leading
//   apostrophe (OWASP "CSV injection"): a report's text must never execute on a colleague's PC.
import type { Approx } from "../domain";
// The formula rule is shared with the CLI's CSVs; imported from its module, not the io door, so the
// export chunk does not pull in the file readers.
import { neutralizeFormula } from "../io/formula";
// Type only: the table's own description of what is on screen (src/table owns it).
import type { VisibleColumn, VisibleTable } from "../table/visible";
import { reviewText } from "../text/review";
import { FICTIONAL_MARK } from "./caption";

export type { VisibleTable };

export type SheetCell = string | number | null;

export interface SheetColumn {
  header: string;
  /** True when every non-empty cell of the column is a number: right-aligned, number format. */
  numeric: boolean;
  /** Width in Excel character units, counting a CJK character as two. */
  width: number;
}

/**
 * One table of a workbook (or the whole CSV). The header is always the first row, so Excel's
 * table detection and a script reading the file both find it; the fictional demo county is marked
 * in a column of its own (and in the file name), never in a line above the header.
 */
export interface Sheet {
  /** Worksheet name (≤ 31 characters, none of \ / ? * [ ] :). */
  name: string;
  columns: SheetColumn[];
  rows: SheetCell[][];
}

/** The column that marks every row of the fictional demo county. */
export const FICTIONAL_COLUMN = "数据性质";

/** Builds columns (numeric flag, width) from a header and rows; neutralises every text cell. */
export function sheetOf(name: string, headers: readonly string[], rows: readonly SheetCell[][]): Sheet {
  const safeRows = rows.map((r) => r.map(neutralizeCell));
  const columns: SheetColumn[] = headers.map((header, c) => {
    const cells = safeRows.map((r) => r[c] ?? null);
    const filled = cells.filter((v) => v !== null);
    return {
      header: neutralizeCell(header) as string,
      numeric: filled.length > 0 && filled.every((v) => typeof v === "number"),
      width: widthOf(header, cells),
    };
  });
  return { name, columns, rows: safeRows };
}

/** Adds the 数据性质 column (虚构示例数据 on every row) when the data set is the fictional county. */
export function markFictional(sheet: Sheet, fictional: boolean): Sheet {
  if (!fictional) return sheet;
  return sheetOf(
    sheet.name,
    [...sheet.columns.map((c) => c.header), FICTIONAL_COLUMN],
    sheet.rows.map((r) => [...r, FICTIONAL_MARK]),
  );
}

export const APPROX_LABEL: Record<Approx, string | null> = { exact: null, at_least: "至少", about: "约" };

/** Neutralises text a spreadsheet would treat as a formula (io/formula.ts); numbers and empty cells pass unchanged. */
export function neutralizeCell(cell: SheetCell): SheetCell {
  return neutralizeFormula(cell);
}

/** Header text: the column header with its unit, as in "调处纠纷数（起）". */
export function columnHeader(col: VisibleColumn): string {
  return col.unit ? `${col.header}（${col.unit}）` : col.header;
}

/** Display width of a text in Excel character units: CJK and full-width forms are two wide. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
      ch,
    )
      ? 2
      : 1;
  return w;
}

function widthOf(header: string, cells: readonly SheetCell[]): number {
  const widest = Math.max(textWidth(header), ...cells.map((c) => (c === null ? 0 : textWidth(String(c)))));
  // A little padding for the filter arrow and cell margins; cap long evidence text.
  return Math.min(Math.max(widest + 2, 6), 50);
}

/** Where a derived figure (推算: a sum of parts, a rate from two counts, 全覆盖 → 100) is marked. */
export const DERIVED_LABEL = "推算";

/**
 * A companion column written right after an indicator column: its header suffix and the marker of
 * one cell (null when the cell needs none).
 */
interface Marker {
  suffix: string;
  mark(row: VisibleTable["rows"][number], c: number): string | null;
}

const MARKERS: readonly Marker[] = [
  {
    suffix: "约数",
    mark: (r, c) => {
      const a = r.approx[c];
      return a == null ? null : APPROX_LABEL[a];
    },
  },
  // A derived value is still a number; whether it was stated or computed goes beside it, so a
  // reader can tell "报告写明" from "看板推算" in Excel too.
  { suffix: "来源", mark: (r, c) => (r.basis?.[c] === "derived" ? DERIVED_LABEL : null) },
  // What a person checked in 校对: the figure in the column is the corrected one, marked here.
  {
    suffix: reviewText.column,
    mark: (r, c) => {
      const s = r.review?.[c];
      return s ? reviewText.state[s] : null;
    },
  },
];

/** The visible table as spreadsheet rows, with marker columns for approximate and derived figures. */
export function toSheet(table: VisibleTable, opts: { fictional: boolean }): Sheet {
  // Which markers each column needs: only those that at least one of its cells uses.
  const markersOf = table.columns.map((_, c) =>
    MARKERS.filter((m) => table.rows.some((r) => m.mark(r, c) !== null)),
  );

  const headers: string[] = [];
  table.columns.forEach((col, c) => {
    headers.push(columnHeader(col));
    for (const m of markersOf[c] ?? []) headers.push(`${col.header}${m.suffix}`);
  });

  const rows: SheetCell[][] = table.rows.map((r) => {
    const out: SheetCell[] = [];
    table.columns.forEach((_, c) => {
      out.push(r.cells[c] ?? null);
      for (const m of markersOf[c] ?? []) out.push(m.mark(r, c));
    });
    return out;
  });

  return markFictional(sheetOf(opts.fictional ? "数据表（虚构）" : "数据表", headers, rows), opts.fictional);
}
