// The row window of the virtualised table body: the virtualiser's settings and the heights of the
// two spacer rows that stand in for the rows not rendered. Pure, so a unit test can run the real
// virtualiser (virtual-core) over 10,000 rows without a browser.

/** Row height in px; fixed (cells never wrap) so the virtualiser needs no measuring. */
export const ROW_HEIGHT = 34;
/** Rows rendered beyond each edge of the view, so a fast scroll or an arrow key finds them ready. */
export const OVERSCAN = 8;

export interface WindowItem {
  index: number;
  start: number;
  end: number;
}

/**
 * Spacer heights above and below the rendered rows. Item positions include the sticky header
 * (passed to the virtualiser as paddingStart), which the table draws itself, so it is taken off
 * the top spacer; `totalSize` is the virtualiser's getTotalSize().
 */
export function spacers(
  items: readonly WindowItem[],
  totalSize: number,
  headerHeight: number,
): { top: number; bottom: number } {
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) return { top: 0, bottom: 0 };
  return { top: Math.max(0, first.start - headerHeight), bottom: Math.max(0, totalSize - last.end) };
}

/** The row that holds the grid's tab stop: the active row if rendered, else the first rendered row. */
export function tabStopRow(active: number, items: readonly WindowItem[]): number {
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) return active;
  return active < first.index || active > last.index ? first.index : active;
}
