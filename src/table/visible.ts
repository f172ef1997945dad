// Exactly what the user sees, as plain data: the rows after the search box, the column filters and
// the sort, and the columns after hiding, in display order. The export (src/export/sheet.ts) turns
// it into XLSX/CSV; the renderer uses `displayColumns` too, so screen and file cannot disagree.
import type { Column, Table } from "@tanstack/react-table";
import type { Approx, Basis, ReviewState } from "../domain";
import type { DtColumnMeta, Features } from "./features";
import { figureOf, isReportRow, type TableRow } from "./rows";

export interface VisibleColumn {
  id: string;
  /** Header text without the unit ("调处纠纷数"). */
  header: string;
  /** Indicator group label ("矛盾纠纷调处"); absent for 乡镇, 年度 and the summary columns. */
  group?: string;
  unit?: string;
}

export interface VisibleRow {
  /** One per column: numbers as numbers, text as text, null where the report states nothing. */
  cells: (string | number | null)[];
  /** One per column: how approximate an indicator figure is; null for other cells and for gaps. */
  approx: (Approx | null)[];
  /** One per column: stated or derived (推算) for an indicator figure; null otherwise. */
  basis: (Basis | null)[];
  /** One per column: what a person did to an indicator figure in 校对; null otherwise. */
  review?: (ReviewState | null)[];
}

export interface VisibleTable {
  columns: VisibleColumn[];
  rows: VisibleRow[];
}

/** The table calls these; both the core table and the React table satisfy it. */
export type VisibleSource = Pick<
  Table<Features, TableRow>,
  "getStartVisibleLeafColumns" | "getCenterVisibleLeafColumns" | "getEndVisibleLeafColumns" | "getRowModel"
>;

type DtColumn = Column<Features, TableRow, unknown>;

/** Visible leaf columns in the order they are drawn: pinned-left (乡镇) first, then the rest. */
export function displayColumns(table: VisibleSource): DtColumn[] {
  return [
    ...table.getStartVisibleLeafColumns(),
    ...table.getCenterVisibleLeafColumns(),
    ...table.getEndVisibleLeafColumns(),
  ];
}

export function columnMeta(column: DtColumn): DtColumnMeta {
  const meta = column.columnDef.meta;
  if (!meta) throw new Error(`column ${column.id} has no meta`);
  return meta;
}

function toVisibleColumn(column: DtColumn): VisibleColumn {
  const m = columnMeta(column);
  const out: VisibleColumn = { id: column.id, header: m.label };
  if (m.groupLabel) out.group = m.groupLabel;
  if (m.unit) out.unit = m.unit;
  return out;
}

/** The plain value of one cell: what the screen shows, minus the markers. */
export function cellValue(row: TableRow, meta: DtColumnMeta): string | number | null {
  switch (meta.kind) {
    case "township":
      return row.township;
    case "county":
      return row.county;
    case "year":
      return row.year;
    case "missing":
      return row.missingKey;
    case "shortcomings":
      return row.shortcomings;
    case "review":
      return row.reviewed ? `${row.reviewed.done}/${row.reviewed.total}` : null;
    case "indicator":
      return meta.indicatorId ? (figureOf(row, meta.indicatorId) ?? null) : null;
  }
}

/**
 * The table as shown now. The columns and the row order are taken at once; the cells are built on
 * first read (an export), not on every sort or filter: at province scale that is 9,400 rows × 40
 * columns, too much to build for each click when nobody exports.
 */
export function visibleTable(table: VisibleSource): VisibleTable {
  const cols = displayColumns(table);
  const metas = cols.map(columnMeta);
  const shown = table.getRowModel().rows;
  let rows: VisibleRow[] | null = null;
  return {
    columns: cols.map(toVisibleColumn),
    get rows() {
      rows ??= cellsOf(shown, metas);
      return rows;
    },
  };
}

function cellsOf(shown: readonly { original: TableRow }[], metas: readonly DtColumnMeta[]): VisibleRow[] {
  // 未报送 rows are a screen aid (no figures): the exports list reports, and their own missing list.
  return shown
    .filter((r) => isReportRow(r.original))
    .map((r) => {
      const row = r.original;
      const cells: (string | number | null)[] = [];
      const approx: (Approx | null)[] = [];
      const basis: (Basis | null)[] = [];
      const review: (ReviewState | null)[] = [];
      for (const m of metas) {
        cells.push(cellValue(row, m));
        const ind = m.kind === "indicator" && m.indicatorId ? row.values[m.indicatorId] : null;
        approx.push(ind ? ind.approx : null);
        basis.push(ind ? ind.basis : null);
        review.push(ind?.review ? ind.review.state : null);
      }
      return { cells, approx, basis, review };
    });
}
