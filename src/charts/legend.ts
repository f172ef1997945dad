// A scrolling legend (◀ 1/3 ▶) hides most names behind paging; on screen that is worse than a
// legend of two or three rows. fitLegend turns a scroll legend into a plain, wrapping one when its
// names fit in `maxRows` rows at this width, and gives the plot's bottom the room the extra rows
// take; longer lists (dozens of townships) keep scrolling. Pure: (option, size) → option, applied
// before the caption frame. The image export unrolls legends completely: maxRows = Infinity
// (export/actions.ts), since a picture cannot page and must list every entry.
import type { ChartOption, Size } from "./types";

const FONT_PX = 12;
/** ECharts' default legend icon (25 px) and the gap between icon and text (5 px). */
const ICON_PX = 30;
const GAP_PX = 10;
export const LEGEND_ROW_PX = 22;

interface LegendLike {
  type?: string;
  left?: unknown;
  right?: unknown;
  data?: unknown[];
}

function labelPx(name: string): number {
  let w = 0;
  for (const ch of name) w += ch.charCodeAt(0) <= 0x24f ? FONT_PX * 0.6 : FONT_PX;
  return w;
}

/** How many rows a plain legend of these names takes at this width, wrapping as ECharts does. */
export function legendRows(names: readonly string[], width: number): number {
  let rows = 1;
  let x = 0;
  for (const n of names) {
    const w = ICON_PX + labelPx(n);
    if (x > 0 && x + w > width) {
      rows++;
      x = 0;
    }
    x += w + GAP_PX;
  }
  return rows;
}

function legendNames(option: ChartOption, legend: LegendLike): string[] {
  if (legend.data)
    return legend.data.map((d) =>
      typeof d === "string" ? d : String((d as { name?: unknown })?.name ?? ""),
    );
  const series = Array.isArray(option.series) ? option.series : option.series ? [option.series] : [];
  return series.flatMap((s) => (typeof s?.name === "string" ? [s.name] : []));
}

/** `maxRows`: the most rows a plain legend may take before it keeps scrolling; Infinity = always unroll. */
export function fitLegend(option: ChartOption, size: Size, maxRows = 3): ChartOption {
  const legend = option.legend as LegendLike | LegendLike[] | undefined;
  if (!legend || Array.isArray(legend) || legend.type !== "scroll" || size.width <= 0) return option;
  const side = (v: unknown) => (typeof v === "number" ? v : 16);
  const rows = legendRows(legendNames(option, legend), size.width - side(legend.left) - side(legend.right));
  if (rows > maxRows) return option;
  const grid = option.grid as { bottom?: unknown } | undefined;
  const extra = (rows - 1) * LEGEND_ROW_PX;
  return {
    ...option,
    legend: { ...legend, type: "plain" } as ChartOption["legend"],
    grid:
      grid && !Array.isArray(grid) && typeof grid.bottom === "number"
        ? ({ ...grid, bottom: grid.bottom + extra } as ChartOption["grid"])
        : option.grid,
  };
}
