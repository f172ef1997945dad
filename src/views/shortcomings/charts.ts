// 问题's two charts from the store's state, shared by the view and by the charts drawn ahead of it
// (views/predraw.ts): the same options (kept by their inputs), captions and sizes, so a first visit
// after idle time finds its charts drawn.
import { byYearStackOption, matrixOption, matrixRows, type ChartOption } from "../../charts";
import { framedOf } from "../../charts/framed";
import { captionOf } from "../../components/useCaption";
import type { ShortcomingsVM } from "../../derive";
import { selectShortcomings, type DashState } from "../../store";
import { kept } from "../../store/memo";
import { zh } from "../../text/zh";
import { fullWidth, gridWidths, type Geometry } from "../geometry";
import type { PlannedChart } from "../predraw";

export const BY_YEAR_NOTE =
  "每段为提到该类问题的乡镇数，柱高为乡镇×类别之和（同一乡镇提到几类计几次）；点击色块查看各乡镇原文。";
export const MATRIX_NOTE =
  "单元格列出提到该类问题的年度；↻ 表示在两个及以上年度出现（问题未整改）；点击单元格查看原文。";

export const stackOf = (vm: ShortcomingsVM): ChartOption =>
  kept("shortcomings-by-year", [vm], () => byYearStackOption(vm));
export const matrixOf = (vm: ShortcomingsVM, highlight: string | null): ChartOption =>
  kept("shortcomings-matrix", [vm, highlight], () => matrixOption(vm, undefined, highlight));
/** How many townships the matrix draws (a province's is bounded). */
export const shownRowsOf = (vm: ShortcomingsVM, highlight: string | null): number =>
  kept("shortcomings-rows", [vm, highlight], () => matrixRows(vm, highlight).length);

/**
 * The charts' heights. Fill the screen, but not with cells taller than about 60 px (five townships
 * would be slabs); many townships get at least 34 px a row and the page scrolls.
 */
export function heightsOf(rows: number, height: number, wide: boolean): { matrix: number; stack: number } {
  const matrix = Math.max(Math.min(height - 60, rows * 60 + 170), rows * 34 + 170);
  return { matrix, stack: wide ? matrix : Math.min(height, 400) };
}

/** The view's charts, framed at the sizes its boxes will have (none when there is nothing to draw). */
export function plan(s: DashState, g: Geometry): PlannedChart[] {
  const vm = selectShortcomings(s);
  if (vm.categories.length === 0) return [];
  const h = heightsOf(shownRowsOf(vm, s.highlight), g.chartHeight, g.wide);
  const [guessMatrix, guessStack] = g.wide
    ? (gridWidths(g, [2, 1]) as [number, number])
    : [fullWidth(g), fullWidth(g)];
  const matrixW = g.known("shortcomings-matrix") ?? guessMatrix;
  const stackW = g.known("shortcomings-by-year") ?? guessStack;
  return [
    {
      id: "shortcomings-matrix",
      option: () =>
        framedOf(
          "shortcomings-matrix",
          matrixOf(vm, s.highlight),
          captionOf(s, zh.shortcomings.matrix, MATRIX_NOTE),
          matrixW,
          h.matrix,
        ),
      width: matrixW,
      height: h.matrix,
    },
    {
      id: "shortcomings-by-year",
      option: () =>
        framedOf(
          "shortcomings-by-year",
          stackOf(vm),
          captionOf(s, zh.shortcomings.byYear, BY_YEAR_NOTE),
          stackW,
          h.stack,
        ),
      width: stackW,
      height: h.stack,
    },
  ];
}
