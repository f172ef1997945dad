// Sizes the views give their charts, from the window and the content column (pure): CurrentView
// (App.tsx) passes them to the views, and the charts drawn ahead of a view (predraw.ts) use them to
// draw at the size the view's boxes will have. The widths follow app.css; a guess that is off only
// means the visit draws the chart again at its real size.
/** What the views' charts are sized by. */
export interface Geometry {
  /** Width of the content column's box inside its padding (.content in app.css). */
  content: number;
  /** Chart height that fills the screen below the header and tabs. */
  chartHeight: number;
  /** A wide window: two charts side by side. */
  wide: boolean;
  /** The width a chart's box had when its view was last on screen, if it was. */
  known: (id: string) => number | undefined;
}

/** Fill the screen below header and tabs at 1366×768 and 1920×1080 alike; never cramped. */
export const chartHeightOf = (viewportHeight: number): number =>
  Math.min(880, Math.max(400, viewportHeight - 210));
export const WIDE_MIN = 1600;

/** .content's horizontal padding, the grids' gap, a figure's border (app.css). */
const CONTENT_PAD = 40;
const GAP = 14;
const BORDER = 2;
/** The 趋势 picker's column (.with-side in app.css), below and from WIDE_MIN. */
const SIDE = 232;
const SIDE_WIDE = 264;

/** The geometry of the page as it is now (the content column measured: a layout when it is dirty). */
export function geometryNow(
  panel: HTMLElement | null,
  known: (id: string) => number | undefined = () => undefined,
): Geometry | null {
  const content = (panel?.clientWidth ?? 0) - CONTENT_PAD;
  if (content <= 0) return null;
  return {
    content,
    chartHeight: chartHeightOf(window.innerHeight),
    wide: window.innerWidth >= WIDE_MIN,
    known,
  };
}

/** A figure's inner width when it spans the content column. */
export const fullWidth = (g: Geometry): number => g.content - BORDER;
/** The chart beside the 趋势 picker. */
export const besideSideWidth = (g: Geometry): number =>
  g.content - (g.wide ? SIDE_WIDE : SIDE) - GAP - BORDER;
/** The columns of a grid of `fr` fractions (minmax(0, n fr)), each figure's inner width. */
export const gridWidths = (g: Geometry, fr: readonly number[]): number[] => {
  const total = fr.reduce((a, b) => a + b, 0);
  const free = g.content - GAP * (fr.length - 1);
  return fr.map((f) => Math.round((free * f) / total) - BORDER);
};
