// Charts bounded by the screen, not by the data: above a number of townships a chart shows what
// fits (the top and bottom of a ranking, a band instead of a line per township) and the rest is
// reached by paging and search. Pure: (rows, window) → the rows to draw and what was left out.

/** Up to this many rows a chart draws every one (a county); above it, the bounded view. */
export const ALL_ROWS_LIMIT = 40;
/** Rows at each end of a bounded ranking. */
export const END_ROWS = 12;
/** Above this many marks, value labels and animation are off. */
export const LABEL_LIMIT = 60;

export interface Window<T> {
  /** Rows to draw, in order; `null` marks a gap ("…N more…"). */
  rows: (T | null)[];
  /** How many rows the gaps stand for. */
  hidden: number;
  total: number;
}

/**
 * The top and bottom END_ROWS, plus the highlighted row and, when paging (page ≥ 1), a middle page
 * of 2·END_ROWS rows. Every row when there are ALL_ROWS_LIMIT or fewer.
 */
export function boundRows<T>(all: readonly T[], isHighlight: (row: T) => boolean, page = 0): Window<T> {
  const total = all.length;
  if (total <= ALL_ROWS_LIMIT) return { rows: [...all], hidden: 0, total };
  const keep = new Set<number>();
  for (let i = 0; i < END_ROWS; i++) {
    keep.add(i);
    keep.add(total - 1 - i);
  }
  if (page > 0) {
    const size = 2 * END_ROWS;
    const start = Math.min(END_ROWS + (page - 1) * size, total - END_ROWS - size);
    for (let i = Math.max(END_ROWS, start); i < Math.min(total - END_ROWS, start + size); i++) keep.add(i);
  }
  const hl = all.findIndex(isHighlight);
  if (hl >= 0) keep.add(hl);
  const rows: (T | null)[] = [];
  let hidden = 0;
  for (let i = 0; i < total; i++) {
    if (keep.has(i)) rows.push(all[i] as T);
    else {
      if (rows.at(-1) !== null) rows.push(null);
      hidden++;
    }
  }
  return { rows, hidden, total };
}

/** How many middle pages a bounded ranking of `total` rows has (0 when it is not bounded). */
export function middlePages(total: number): number {
  if (total <= ALL_ROWS_LIMIT) return 0;
  return Math.ceil((total - 2 * END_ROWS) / (2 * END_ROWS));
}

/** The value at quantile q of the numbers given (linear between ranks); null when none. */
export function quantileOf(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = s[lo] as number;
  const b = s[hi] as number;
  return a + (b - a) * (pos - lo);
}
