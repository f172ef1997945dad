// The row window of the virtualised table body: the virtualiser's settings, the body's top padding
// that stands in for the rows above those rendered, and which columns a row renders. Pure, so a unit test can run the real
// virtualiser (virtual-core) over 10,000 rows without a browser.

/** Row height in px; fixed (cells never wrap) so the virtualiser needs no measuring. */
export const ROW_HEIGHT = 34;
/** Rows rendered beyond each edge of the view, so a fast scroll or an arrow key finds them ready. */
export const OVERSCAN = 8;
/** While scrolling, rows kept beyond the edge the view moves away from (OVERSCAN stays ahead). */
export const OVERSCAN_BEHIND = 2;

export interface RowRange {
  /** First and last row in view. */
  startIndex: number;
  endIndex: number;
  overscan: number;
  count: number;
}

/**
 * The rows to render (the virtualiser's rangeExtractor): the rows in view, OVERSCAN beyond each
 * edge at rest, and while scrolling OVERSCAN ahead but only OVERSCAN_BEHIND behind — rows the view
 * has left cost layout and paint every frame and will not be seen again in this scroll.
 */
export function rowRange(r: RowRange, direction: "forward" | "backward" | null): number[] {
  const behind = Math.min(r.overscan, OVERSCAN_BEHIND);
  const before = direction === "forward" ? behind : r.overscan;
  const after = direction === "backward" ? behind : r.overscan;
  const lo = Math.max(0, r.startIndex - before);
  const hi = Math.min(r.count - 1, r.endIndex + after);
  const out: number[] = [];
  for (let i = lo; i <= hi; i++) out.push(i);
  return out;
}

export interface WindowItem {
  index: number;
  start: number;
  end: number;
}

/**
 * The body's top padding: the height of the rows above the first rendered one, so the rendered rows
 * (in flow below it) stand where the virtualiser placed them. Its positions include the sticky
 * header (passed to it as paddingStart), which the table draws above the body, so that is taken off.
 */
export function rowsAbove(items: readonly WindowItem[], headerHeight: number): number {
  const first = items[0];
  return first ? Math.max(0, first.start - headerHeight) : 0;
}

/** The row that holds the grid's tab stop: the active row if rendered, else the first rendered row. */
export function tabStopRow(active: number, items: readonly WindowItem[]): number {
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) return active;
  return active < first.index || active > last.index ? first.index : active;
}

/** Width (px) of columns rendered beyond each side of the view, so a sideways scroll finds them ready. */
export const COLUMN_OVERSCAN_PX = 160;

/**
 * Which columns a row renders: the pinned ones always, the others where they meet the view (plus
 * COLUMN_OVERSCAN_PX each side); the view's left part is covered by the pinned columns. A view not
 * measured yet (width 0: a first render, a test without layout) renders every column. The others
 * are not rendered: each rendered cell keeps its column's place (its grid track, BodyRow).
 */
export function columnWindow(
  widths: readonly number[],
  pinned: readonly boolean[],
  scrollLeft: number,
  viewWidth: number,
  overscan = COLUMN_OVERSCAN_PX,
): boolean[] {
  if (viewWidth <= 0) return widths.map(() => true);
  const pinnedWidth = widths.reduce((w, x, i) => (pinned[i] ? w + x : w), 0);
  const from = scrollLeft + pinnedWidth - overscan;
  const to = scrollLeft + viewWidth + overscan;
  let start = 0;
  return widths.map((w, i) => {
    const end = start + w;
    const shown = !!pinned[i] || (end > from && start < to);
    start = end;
    return shown;
  });
}
