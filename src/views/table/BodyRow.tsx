// One report's row. Memoised: while scrolling 10,000 rows only the rows entering the window render.
// On screen a row is a grid on the column model's widths (DataTable.css), each cell in its column's
// track (its class dt-cN: columnPlacement). Clicks and keys are handled once on the grid (event
// delegation), so a row carries its position (data-r) and a cell its column (aria-colindex) and the
// roving tabindex. Only the columns in view are rendered (TableGrid's column window; printed,
// every column), and every cell says which column it is (aria-colindex), since the row skips some. A scroll frame creates every cell of the
// rows entering the view, so a cell carries as few attributes as it can: its classes come ready
// made per column (cellClasses), a pinned cell's offset is a CSS variable of the table (not an
// inline style per cell), a gap is marked on its cell (gapClass), and tooltips are set when the
// pointer reaches a cell (cellTitleOnHover).
import "./markers.css";
import { memo, type ReactNode } from "react";
import type { Row } from "@tanstack/react-table";
import type { DtColumnMeta, Features } from "../../table/features";
import { cellDisplay, formatNumber } from "../../table/format";
import type { IndicatorCell, TableRow } from "../../table/rows";
import { tableText } from "../../table/text";
import { reviewText } from "../../text/review";

const C = tableText.cell;

/** A figure with its markers: 约30, 30余, *6* 推算. Exported for the dictionary's marker legend. */
export function Figure({ cell }: { cell: IndicatorCell }) {
  const d = cellDisplay(cell);
  return (
    <span className={`dt-fig${d.derived ? " dt-fig--derived" : ""}`} title={d.title || undefined}>
      {d.prefix && (
        <span className="dt-approx" aria-hidden="true">
          {d.prefix}
        </span>
      )}
      {d.derived ? <i>{d.text}</i> : d.text}
      {d.suffix && (
        <span className="dt-approx" aria-hidden="true">
          {d.suffix}
        </span>
      )}
      {d.derived && <span className="dt-tag">{C.derivedTag}</span>}
      {cell.review && (
        <span className={`dt-review dt-review--${cell.review.state}`} aria-hidden="true">
          {reviewText.mark[cell.review.state]}
        </span>
      )}
      {d.title && <span className="visually-hidden">{`（${d.title}）`}</span>}
    </span>
  );
}

/** A stated, exact figure nobody reviewed: no marker, no tooltip. */
const plainFigure = (cell: IndicatorCell): boolean =>
  cell.approx === "exact" && cell.basis !== "derived" && !cell.review;

function content(row: TableRow, m: DtColumnMeta): ReactNode {
  // 未报送: no figures to be missing — the row says so once and leaves the figure cells blank.
  if (row.kind === "no_report" && m.kind !== "township" && m.kind !== "county" && m.kind !== "year")
    return m.kind === "missing" ? <span className="dt-noreport">{C.noReport}</span> : null;
  switch (m.kind) {
    case "township":
      return (
        <>
          <span className="dt-town">{row.township}</span>
          {row.kind === "no_report" && <span className="dt-tag dt-tag--noreport">{C.noReport}</span>}
          {row.kind === "alternative" && (
            <span className="dt-tag dt-tag--alt" title={C.alternativeTitle}>
              {C.alternative}
            </span>
          )}
          {row.hasAlternative && (
            <span className="dt-tag dt-tag--alt" title={C.hasAlternativeTitle}>
              {C.hasAlternative}
            </span>
          )}
          {row.error && (
            <span className="dt-error" title={C.errorTitle(row.error)} aria-label={C.errorTitle(row.error)}>
              !
            </span>
          )}
        </>
      );
    case "county":
      return row.county ?? C.missing;
    case "year":
      return row.year ?? C.missing;
    case "missing":
      return <span className={row.missingKey > 0 ? "dt-warn" : undefined}>{row.missingKey}</span>;
    case "shortcomings":
      return formatNumber(row.shortcomings);
    case "indicator": {
      const cell = m.indicatorId ? row.values[m.indicatorId] : null;
      if (!cell) return C.missing;
      // A plain stated figure is the cell's text alone: most cells are, and every element a row
      // adds is laid out again when it scrolls into view.
      return plainFigure(cell) ? formatNumber(cell.value) : <Figure cell={cell} />;
    }
    case "review":
      return row.reviewed ? (
        <span className={row.reviewed.done > 0 ? "dt-checked" : undefined}>
          {`${row.reviewed.done}/${row.reviewed.total}`}
        </span>
      ) : (
        C.missing
      );
  }
}

/**
 * A gap: a figure (or county, year, review count) the report does not give. The cell itself is
 * marked and named (aria-label: a screen reader hears 报告未提及, not a dash), without an element
 * inside it: gaps are some 40% of the cells a scroll frame creates. Red for a ★ key indicator.
 */
function gapClass(row: TableRow, m: DtColumnMeta): string | null {
  if (row.kind === "no_report" && m.kind !== "county" && m.kind !== "year") return null;
  const gap =
    m.kind === "county"
      ? row.county === null
      : m.kind === "year"
        ? row.year === null
        : m.kind === "review"
          ? row.reviewed === null
          : m.kind === "indicator" && !(m.indicatorId && row.values[m.indicatorId]);
  if (!gap) return null;
  return m.kind === "indicator" && m.key ? "dt-missing dt-missing--key" : "dt-missing";
}

/**
 * Each column's cell classes, built once per column set rather than per cell and frame: dt-cN
 * places the cell in its column's grid track (columnPlacement), dt-clip clips the names of the
 * township and county columns, and a pinned column's class names its offset (dt-pin-N reads
 * --dt-pin-N, set on the table: pinOffsets).
 */
export function cellClasses(
  metas: readonly DtColumnMeta[],
  pins: ReadonlyMap<string, number>,
  pinEdge: string | null,
): string[] {
  const order = [...pins.keys()];
  return metas.map((m, i) => {
    const pin = order.indexOf(m.columnId);
    const clip = m.kind === "township" || m.kind === "county" ? " dt-clip" : "";
    return `dt-td dt-c${i} dt-td--${m.kind}${clip}${m.numeric ? " dt-num" : ""}${pin >= 0 ? ` dt-pin dt-pin-${pin}` : ""}${m.columnId === pinEdge ? " dt-pin--edge" : ""}`;
  });
}

/**
 * The style sheet that puts a cell of column N (class dt-cN) in grid track N+1 on screen, for
 * `count` columns: a row renders only the columns in view, and each still lands in its own track.
 * A class per column, not an inline style per cell: an element with an inline style costs the
 * style recalculation far more (a scroll frame's style time grew ~5× with one on every row).
 */
export function columnPlacement(count: number): string {
  const rules = Array.from({ length: count }, (_, i) => `.dt-body .dt-c${i}{grid-column:${i + 1}}`);
  return `@media screen{${rules.join("")}}`;
}

/** The CSS variables that place the pinned columns (one per pin, in order), for the table's style. */
export function pinOffsets(pins: ReadonlyMap<string, number>): Record<string, string> {
  const out: Record<string, string> = {};
  [...pins.values()].forEach((left, i) => (out[`--dt-pin-${i}`] = `${left}px`));
  return out;
}

/**
 * A cell's tooltip, set when the pointer reaches it (the grid's pointerover) instead of a title on
 * every figure and gap of every rendered row: a figure that opens its evidence, and a gap's dash.
 * Set from the cell's current classes on each visit, so a cell whose figure changed does not keep
 * a stale tooltip. Screen readers get the hint once, from the grid's description.
 */
export function cellTitleOnHover(target: EventTarget | null): void {
  const cell = target instanceof Element ? target.closest("td[aria-colindex], th[aria-colindex]") : null;
  if (!cell) return;
  const list = cell.classList;
  const want = list.contains("dt-open") ? C.open : list.contains("dt-missing") ? C.missingTitle : null;
  const has = cell.getAttribute("title");
  if (want !== null) {
    if (has !== want) cell.setAttribute("title", want);
  } else if (has === C.open || has === C.missingTitle) cell.removeAttribute("title");
}

/** Characters of a plain figure that always fit the narrowest figure column (100 px, columns.ts). */
const FITS = 10;

/**
 * Whether a figure cell's content may be wider than its column, so the cell clips it with an
 * ellipsis (dt-clip): a marked figure, or a very long number. Other cells draw unclipped on screen:
 * a clip per cell costs every scroll frame's compositing (~0.8 ms of 1.5 at province scale). The
 * township and county columns (names) always clip (cellClasses).
 */
function mayOverflow(row: TableRow, m: DtColumnMeta): boolean {
  const cell =
    m.kind === "indicator" && m.indicatorId && row.kind !== "no_report" ? row.values[m.indicatorId] : null;
  return !!cell && (!plainFigure(cell) || formatNumber(cell.value).length > FITS);
}

/** Whether a click or Enter on this cell opens the evidence panel. */
export function opensEvidence(row: TableRow, m: DtColumnMeta): boolean {
  return m.kind === "indicator" && !!m.indicatorId && row.values[m.indicatorId] !== null;
}

interface BodyRowProps {
  row: Row<Features, TableRow>;
  metas: DtColumnMeta[];
  /** Position among the displayed rows. */
  index: number;
  /** aria-rowindex: 1-based, counting the header rows. */
  ariaRowIndex: number;
  /** The column holding the grid's single tab stop in this row, or -1. */
  tabCol: number;
  /** Each column's classes (cellClasses): the same for every row. */
  classes: readonly string[];
  /** Which columns to render (one per meta); the rest are spanned by gap cells. */
  shown: readonly boolean[];
}

export const BodyRow = memo(function BodyRow({
  row,
  metas,
  index,
  ariaRowIndex,
  tabCol,
  classes,
  shown,
}: BodyRowProps) {
  const r = row.original;
  const cell = (m: DtColumnMeta, c: number) => {
    const cls = classes[c] ?? "dt-td";
    const key = m.columnId;
    const gap = gapClass(r, m);
    const base = !gap && mayOverflow(r, m) ? `${cls} dt-clip` : cls;
    const props = {
      className: gap ? `${cls} ${gap}` : opensEvidence(r, m) ? `${base} dt-open` : base,
      "data-col": m.columnId,
      "aria-colindex": c + 1,
      tabIndex: c === tabCol ? 0 : -1,
      ...(gap ? { "aria-label": C.missingTitle } : {}),
    };
    return m.kind === "township" ? (
      <th key={key} scope="row" {...props}>
        {content(r, m)}
      </th>
    ) : (
      <td key={key} {...props}>
        {content(r, m)}
      </td>
    );
  };
  return (
    <tr
      aria-rowindex={ariaRowIndex}
      data-r={index}
      className={`dt-row${index % 2 ? " dt-row--alt" : ""}${r.error ? " dt-row--error" : ""}${r.kind ? ` dt-row--${r.kind}` : ""}`}
    >
      {metas.map((m, c) => (shown[c] ? cell(m, c) : null))}
    </tr>
  );
});
