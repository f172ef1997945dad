// How much text fits where on a slide, estimated (pptxgenjs writes XML; PowerPoint lays it out
// later, so nothing can be measured): lines a text takes in a box, the height of a table row, and
// tables split over slides in balanced parts, so a long table never leaves a near-empty last slide.
import { wrapLines } from "../text/lineBreak";
import { emWidth } from "./textFit";

/** Type sizes of the deck, in points: readable from the back of a room. */
export const PT = { title: 24, body: 16, bodyMin: 14, table: 12, source: 10 } as const;

/** Line height as a multiple of the font size (Office's single spacing for CJK faces). */
const LEADING = 1.25;
const PT_PER_INCH = 72;

/**
 * Lines a text takes in a box `widthIn` wide at `pt`, broken as PowerPoint and LibreOffice break
 * Chinese (避头尾: a closing quote or bracket is never alone at the start of a line).
 */
export function linesOf(text: string, widthIn: number, pt: number): number {
  const perLine = Math.max((widthIn * PT_PER_INCH) / pt, 1);
  return wrapLines(text, perLine, emWidth).length;
}

/** Height in inches of `lines` lines at `pt`. */
export const linesHeight = (lines: number, pt: number): number => (lines * pt * LEADING) / PT_PER_INCH;

/** Cell margin of the deck's tables, inches (each side). */
export const CELL_MARGIN = 0.03;

/** Height of one table row: its tallest cell, wrapped in its column. */
export function rowHeight(cells: readonly string[], colW: readonly number[], pt: number): number {
  const lines = Math.max(1, ...cells.map((c, i) => linesOf(c, (colW[i] ?? 1) - 2 * CELL_MARGIN, pt)));
  return linesHeight(lines, pt) + 2 * CELL_MARGIN + 0.03;
}

/**
 * Rows split into as few slides as the height allows, then evened out: 14 rows that need two
 * slides become 7 + 7, not 12 + 2.
 */
export function paginate<T>(rows: readonly T[], heightOf: (row: T) => number, budget: number): T[][] {
  if (rows.length === 0) return [[]];
  const greedy: T[][] = [];
  let page: T[] = [];
  let used = 0;
  for (const r of rows) {
    const h = heightOf(r);
    if (page.length > 0 && used + h > budget) {
      greedy.push(page);
      page = [];
      used = 0;
    }
    page.push(r);
    used += h;
  }
  greedy.push(page);
  if (greedy.length === 1) return greedy;
  // Even out: as many rows per page as an equal share, while each page still fits.
  const per = Math.ceil(rows.length / greedy.length);
  const out: T[][] = [];
  for (let i = 0; i < rows.length;) {
    let n = Math.min(per, rows.length - i);
    while (n > 1 && rows.slice(i, i + n).reduce((s, r) => s + heightOf(r), 0) > budget) n--;
    out.push(rows.slice(i, i + n));
    i += n;
  }
  return out;
}

/** Slide geometry in inches (LAYOUT_16x9 is 10 × 5.625). */
export const SLIDE = { w: 10, h: 5.625 };
export const MARGIN_X = 0.5;
export const CONTENT_W = 9;
export const FINDING_Y = 0.98;
/** Content ends here; the source line sits below. */
export const CONTENT_BOTTOM = 5.12;

/** The finding's size: as large as fits three lines, never under the body minimum. */
export function findingPt(finding: string): number {
  for (let pt: number = PT.body; pt > PT.bodyMin; pt -= 1) {
    if (linesOf(finding, CONTENT_W, pt) <= 2) return pt;
  }
  return PT.bodyMin;
}

/** Where a slide's chart, table or list starts: below its finding. */
export function contentTop(finding: string): number {
  if (!finding) return FINDING_Y;
  const pt = findingPt(finding);
  return FINDING_Y + linesHeight(linesOf(finding, CONTENT_W, pt), pt) + 0.14;
}
