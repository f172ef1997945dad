// The scrolling grid: a <table role="grid"> with a sticky two-row header (groups, then columns),
// the township column pinned while scrolling sideways, and only the rows in view rendered
// (@tanstack/react-virtual, fixed row height), so 10,000 reports scroll smoothly. On screen it is
// laid out without table layout (DataTable.css): the header is a CSS grid and each body row a grid
// of its own, all on the column model's widths (--dt-cols), the rendered rows in flow below the
// body's top padding, so a row entering the view lays out that row alone, not the table; printed,
// it is a table again. One roving tab stop; arrows/Home/End/PageUp/PageDown move, Enter opens the
// evidence of a figure.
import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type RefObject,
} from "react";
import { useVirtualizer } from "@tanstack/react-virtual";
import type { IndicatorId } from "../../domain";
import { clampPos, moveInGrid, type GridPos } from "../../table/grid";
import { tableText } from "../../table/text";
import {
  columnWindow,
  OVERSCAN,
  ROW_HEIGHT,
  rowRange,
  rowsAbove,
  tabStopRow,
  type RowRange,
} from "../../table/window";
import { columnMeta, displayColumns } from "../../table/visible";
import {
  BodyRow,
  cellClasses,
  cellTitleOnHover,
  columnPlacement,
  opensEvidence,
  pinOffsets,
} from "./BodyRow";
import { HeaderRows } from "./HeaderRows";
import { pinnedColumns } from "../../table/columns";
import { usePrinting } from "../../components/usePrinting";
import type { DtTable } from "./types";

/** Space kept under the table so its bottom border and the page padding stay visible. */
const BOTTOM_GAP = 24;

/**
 * The tallest the scroll area can be while its bottom stays on screen (page scrolled to the top).
 * The shell lets the page grow with its content, so without this cap the grid would be as tall as
 * all its rows and nothing would be virtualised; with it, the table fills the rest of the window
 * at 1366×768 and 1920×1080 alike. Re-measured on resize and when `above` changes (the filter
 * chips above the table come and go) — not after every render: a scroll renders rows each frame,
 * and reading the layout right after they change forced a layout per frame.
 */
function useFitHeight(ref: RefObject<HTMLElement | null>, above: unknown): number | undefined {
  const [fit, setFit] = useState<number | undefined>(undefined);
  const measure = useCallback(() => {
    const el = ref.current;
    if (!el) return;
    const top = el.getBoundingClientRect().top + window.scrollY;
    const next = Math.max(MIN_HEIGHT, Math.floor(window.innerHeight - top - BOTTOM_GAP));
    setFit((prev) => (prev === next ? prev : next));
  }, [ref]);
  useLayoutEffect(measure, [measure, above]);
  useEffect(() => {
    window.addEventListener("resize", measure);
    return () => window.removeEventListener("resize", measure);
  }, [measure]);
  return fit;
}
const MIN_HEIGHT = 260;

interface TableGridProps {
  table: DtTable;
  fictional: boolean;
  onOpenEvidence(reportId: string, indicatorId: IndicatorId): void;
  onOpenDictionary(indicatorId: IndicatorId): void;
  onClearFilters(): void;
}

function cellPos(target: EventTarget | null): GridPos | null {
  const cell = (target as HTMLElement | null)?.closest?.("td[aria-colindex], th[aria-colindex]");
  const row = cell?.closest("[data-r]") as HTMLElement | null | undefined;
  if (!cell || !row) return null;
  return { row: Number(row.dataset.r), col: Number(cell.getAttribute("aria-colindex")) - 1 };
}

/** A size of an element, kept up to date as it resizes (`initial` until measured, and while hidden). */
function useMeasured(
  ref: RefObject<HTMLElement | null>,
  read: (el: HTMLElement) => number,
  initial: number,
): number {
  const [size, setSize] = useState(initial);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setSize(read(el));
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref, read]);
  return size;
}
const clientWidthOf = (el: HTMLElement): number => el.clientWidth;
const offsetHeightOf = (el: HTMLElement): number => el.offsetHeight;

export function TableGrid({
  table,
  fictional,
  onOpenEvidence,
  onOpenDictionary,
  onClearFilters,
}: TableGridProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const headRef = useRef<HTMLTableSectionElement>(null);
  // The sticky header's height offsets the rows: the virtualiser must know it to pick the rows
  // actually in view and to scroll a row to just below the header, not under it.
  const headHeight = useMeasured(headRef, offsetHeightOf, 64);
  const fitHeight = useFitHeight(scrollRef, table.state.columnFilters);
  const [scrollLeft, setScrollLeft] = useState(0);
  const viewWidth = useMeasured(scrollRef, clientWidthOf, 0);
  const [active, setActive] = useState<GridPos>({ row: 0, col: 0 });
  const pendingFocus = useRef<GridPos | null>(null);

  const rows = table.getRowModel().rows;
  const cols = displayColumns(table);
  const colKey = cols.map((c) => c.id).join(",");
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the ids are the identity of the column list
  const metas = useMemo(() => cols.map(columnMeta), [colKey]);
  // 乡镇 and 年度 stay at the left while scrolling sideways; 县 too when the rows span counties.
  const coreRows = table.getCoreRowModel().rows;
  const multiCounty = useMemo(() => new Set(coreRows.map((r) => r.original.county)).size > 1, [coreRows]);
  const pins = useMemo(() => pinnedColumns(metas, multiCounty), [metas, multiCounty]);
  const pinEdge = [...pins.keys()].at(-1) ?? null;
  const classes = useMemo(() => cellClasses(metas, pins, pinEdge), [metas, pins, pinEdge]);
  const widths = cols.map((c) => c.getSize());
  const pinned = metas.map((m) => pins.has(m.columnId));
  const pinnedWidth = widths.reduce((w, x, i) => (pinned[i] ? w + x : w), 0);
  const headerGroups = table.getHeaderGroups();

  // The build does not run the React Compiler; nothing memoised below receives a virtualiser
  // function, only plain numbers and rows, so the library's unmemoisable API is safe here.
  // Printed, the table lists every row (the screen shows a window of them).
  const printing = usePrinting();
  // The rows to render depend on the scroll direction, which the virtualiser knows when it asks.
  const directionOf = useRef<() => "forward" | "backward" | null>(() => null);
  const rangeExtractor = useCallback((r: RowRange) => rowRange(r, directionOf.current()), []);
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: printing ? rows.length : OVERSCAN,
    rangeExtractor,
    // No getItemKey: the virtualiser rebuilds its measurements of all rows (9,400 at province
    // scale) whenever that option changes identity, and a function made per render did so on every
    // scroll frame. Rows have one fixed height, so its default key (the index) measures the same;
    // the rows themselves are keyed by row id below.
    paddingStart: headHeight,
    scrollPaddingStart: headHeight,
  });
  directionOf.current = () => (printing ? null : virtualizer.scrollDirection);
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];

  const pos = clampPos(active, { rows: rows.length, cols: metas.length });
  // The single tab stop: the active cell if its row is rendered, else the same column in the
  // first rendered row, so Tab always lands inside the grid.
  const tabRow = tabStopRow(pos.row, items);

  // Only the columns in view are rendered (and the active one, so the tab stop and a keyboard move
  // always find their cell); printed, every column. One array per distinct set, so rows re-render
  // only when it changes, not on every scroll event.
  const inView = printing ? widths.map(() => true) : columnWindow(widths, pinned, scrollLeft, viewWidth);
  if (pos.col < inView.length) inView[pos.col] = true;
  const shownKey = inView.map((b) => (b ? 1 : 0)).join("");
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the key is the identity of the set
  const shown = useMemo(() => inView, [shownKey]);

  // After a keyboard move, focus the new cell once it is rendered (it may need a scroll first).
  useEffect(() => {
    const want = pendingFocus.current;
    if (!want) return;
    const el = scrollRef.current?.querySelector<HTMLElement>(
      `[data-r="${want.row}"] [aria-colindex="${want.col + 1}"]`,
    );
    if (el) {
      pendingFocus.current = null;
      el.focus();
      // focus() leaves a partly visible cell as it is; the whole cell is brought into view, clear of
      // the sticky header and pinned columns (the box's scroll padding).
      el.scrollIntoView({ block: "nearest", inline: "nearest" });
    }
  });

  const open = (p: GridPos) => {
    const row = rows[p.row]?.original;
    const meta = metas[p.col];
    if (row && meta?.indicatorId && opensEvidence(row, meta)) onOpenEvidence(row.reportId, meta.indicatorId);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTableSectionElement>) => {
    const p = cellPos(e.target);
    if (!p) return;
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      open(p);
      return;
    }
    const page = Math.max(
      1,
      Math.floor(((scrollRef.current?.clientHeight ?? 400) - headHeight) / ROW_HEIGHT) - 1,
    );
    const next = moveInGrid(p, e, { rows: rows.length, cols: metas.length, page });
    if (!next) return;
    e.preventDefault();
    pendingFocus.current = next;
    setActive(next);
    if (!first || !last || next.row <= first.index || next.row >= last.index)
      virtualizer.scrollToIndex(next.row);
  };

  const onFocus = (e: FocusEvent<HTMLTableSectionElement>) => {
    const p = cellPos(e.target);
    if (p && (p.row !== active.row || p.col !== active.col)) setActive(p);
  };

  const onClick = (e: MouseEvent<HTMLTableSectionElement>) => {
    const p = cellPos(e.target);
    if (p) open(p);
  };

  // The column model's widths as the grid tracks of the header and of every body row.
  const widthKey = widths.join(" ");
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the key is the identity of the widths
  const gridColumns = useMemo(() => ({ "--dt-cols": widths.map((w) => `${w}px`).join(" ") }), [widthKey]);
  const placement = useMemo(() => columnPlacement(metas.length), [metas.length]);
  const headerRowCount = headerGroups.length;
  const hintId = useId();
  return (
    <div
      ref={scrollRef}
      className={`dt-scroll${scrollLeft > 0 ? " dt-scroll--x" : ""}`}
      style={{
        scrollPaddingTop: headHeight,
        scrollPaddingLeft: pinnedWidth,
        maxHeight: fitHeight,
      }}
      onScroll={(e) => {
        const x = e.currentTarget.scrollLeft;
        if (x !== scrollLeft) setScrollLeft(x);
      }}
    >
      <style>{placement}</style>
      <span id={hintId} className="visually-hidden">
        {tableText.gridHint}
      </span>
      <table
        role="grid"
        className="dt-table"
        style={{ width: widths.reduce((w, x) => w + x, 0), ...pinOffsets(pins), ...gridColumns }}
        aria-rowcount={rows.length + headerRowCount}
        aria-colcount={cols.length}
        aria-label={fictional ? `${tableText.caption}（${tableText.fictional}）` : tableText.caption}
        aria-describedby={hintId}
      >
        {/* Widths for print, where the table is laid out as a table; on screen, --dt-cols. */}
        <colgroup>
          {cols.map((c, i) => (
            <col key={c.id} style={{ width: widths[i] }} />
          ))}
        </colgroup>
        <thead ref={headRef} className="dt-head">
          <HeaderRows
            headerGroups={headerGroups}
            sorting={table.state.sorting}
            columnFilters={table.state.columnFilters}
            onOpenDictionary={onOpenDictionary}
            pins={pins}
            pinEdge={pinEdge}
          />
        </thead>
        <tbody
          className={rows.length > 0 ? "dt-body" : undefined}
          style={
            rows.length > 0
              ? { height: rows.length * ROW_HEIGHT, paddingTop: rowsAbove(items, headHeight) }
              : undefined
          }
          onKeyDown={onKeyDown}
          onFocus={onFocus}
          onClick={onClick}
          onPointerOver={(e) => cellTitleOnHover(e.target)}
        >
          {rows.length === 0 && (
            <tr className="dt-empty" aria-rowindex={headerRowCount + 1}>
              <td colSpan={cols.length}>
                <div className="dt-empty-inner">
                  {table.getCoreRowModel().rows.length === 0 ? tableText.emptyNoData : tableText.empty}
                  {table.getCoreRowModel().rows.length > 0 && (
                    <button type="button" className="dt-btn" onClick={onClearFilters}>
                      {tableText.filter.clearAll}
                    </button>
                  )}
                </div>
              </td>
            </tr>
          )}
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <BodyRow
                key={row.id}
                row={row}
                metas={metas}
                index={item.index}
                ariaRowIndex={headerRowCount + item.index + 1}
                tabCol={item.index === tabRow ? pos.col : -1}
                classes={classes}
                shown={shown}
              />
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
