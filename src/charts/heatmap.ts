// Parts shared by the two 完整性 heatmaps and the 问题 matrix: a piecewise legend under the grid
// (each cell's status is a category, not a scale) and a labelled heatmap series with white gutters.
import type { ChartTheme } from "./theme";

export interface HeatPiece {
  value: number;
  label: string;
  // Theme palettes index as `string | undefined` under noUncheckedIndexedAccess; ECharts takes either.
  color: string | undefined;
}

/** A horizontal, non-filtering legend of the cell categories, centred under the chart. */
export function heatLegend(t: ChartTheme, pieces: HeatPiece[], itemGap?: number) {
  return {
    type: "piecewise" as const,
    dimension: 2,
    orient: "horizontal" as const,
    left: "center",
    bottom: 4,
    ...(itemGap !== undefined ? { itemGap } : {}),
    selectedMode: false as const,
    textStyle: { color: t.text, fontFamily: t.font },
    pieces,
  };
}

/** A heatmap series whose cells carry their own text label (readable without colour, and in print). */
export function heatSeries<D>(
  t: ChartTheme,
  spec: { id: string; name: string; data: D[]; labelColor?: string; emphasis?: boolean },
) {
  return {
    type: "heatmap" as const,
    id: spec.id,
    name: spec.name,
    data: spec.data,
    label: { show: true, ...(spec.labelColor ? { color: spec.labelColor } : {}), fontSize: 12 },
    itemStyle: { borderColor: "#fff", borderWidth: 2 },
    ...(spec.emphasis ? { emphasis: { itemStyle: { borderColor: t.text, borderWidth: 1 } } } : {}),
  };
}
