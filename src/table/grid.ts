// Keyboard movement in the table body, as a pure function of the active cell and the key, so the
// WAI-ARIA grid behaviour (arrows, Home/End, Ctrl+Home/End, PageUp/PageDown) is unit-tested and
// the React view only applies it. Rows are display rows (after filter and sort), columns visible
// columns in display order.

export interface GridPos {
  row: number;
  col: number;
}

export interface GridSize {
  rows: number;
  cols: number;
  /** How many rows PageUp/PageDown move: about one screenful. */
  page: number;
}

export interface GridKey {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

const clamp = (v: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, v));

/** The cell a key moves to, or null when the key is not a movement key (let the browser have it). */
export function moveInGrid(pos: GridPos, e: GridKey, size: GridSize): GridPos | null {
  if (size.rows === 0 || size.cols === 0) return null;
  const lastRow = size.rows - 1;
  const lastCol = size.cols - 1;
  const ctrl = !!(e.ctrlKey || e.metaKey);
  let { row, col } = pos;
  switch (e.key) {
    case "ArrowUp":
      row -= 1;
      break;
    case "ArrowDown":
      row += 1;
      break;
    case "ArrowLeft":
      col -= 1;
      break;
    case "ArrowRight":
      col += 1;
      break;
    case "Home":
      col = 0;
      if (ctrl) row = 0;
      break;
    case "End":
      col = lastCol;
      if (ctrl) row = lastRow;
      break;
    case "PageUp":
      row -= Math.max(1, size.page);
      break;
    case "PageDown":
      row += Math.max(1, size.page);
      break;
    default:
      return null;
  }
  return { row: clamp(row, 0, lastRow), col: clamp(col, 0, lastCol) };
}

/** Keeps a remembered active cell inside the grid after rows were filtered out or columns hidden. */
export function clampPos(pos: GridPos, size: Pick<GridSize, "rows" | "cols">): GridPos {
  return {
    row: clamp(pos.row, 0, Math.max(0, size.rows - 1)),
    col: clamp(pos.col, 0, Math.max(0, size.cols - 1)),
  };
}
