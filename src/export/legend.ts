// A scrolling legend (◀ 1/2 ▶) works on screen but hides names in a picture: an exported chart
// lists every entry. The legend becomes a plain, wrapping one and the plot area gives up the room
// its extra rows take. Pure: (option, size) → option, applied before the caption frame.
import type { ChartOption, Size } from "../charts";

const FONT_PX = 12;
const ICON_PX = 25 + 5;
const GAP_PX = 10;
const ROW_PX = 22;

interface LegendLike {
  type?: string;
  left?: unknown;
  right?: unknown;
  data?: unknown[];
}

function labelPx(name: string): number {
  let w = 0;
  for (const ch of name) w += ch.charCodeAt(0) <= 0x24f ? FONT_PX * 0.55 : FONT_PX;
  return w;
}

/** How many rows a legend of these names takes at this width, wrapping like ECharts does. */
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

function seriesNames(option: ChartOption): string[] {
  const series = Array.isArray(option.series) ? option.series : option.series ? [option.series] : [];
  return series.flatMap((s) => (typeof s?.name === "string" ? [s.name] : []));
}

export function unrollLegend(option: ChartOption, size: Size): ChartOption {
  const legend = option.legend as LegendLike | LegendLike[] | undefined;
  if (!legend || Array.isArray(legend) || legend.type !== "scroll") return option;
  const names = (legend.data ?? seriesNames(option)).map((d) =>
    typeof d === "string" ? d : String((d as { name?: unknown })?.name ?? ""),
  );
  const side = (v: unknown) => (typeof v === "number" ? v : 16);
  const rows = legendRows(names, size.width - side(legend.left) - side(legend.right));
  const grid = option.grid as { bottom?: unknown } | undefined;
  const extra = (rows - 1) * ROW_PX;
  return {
    ...option,
    legend: { ...legend, type: "plain" } as ChartOption["legend"],
    grid:
      grid && !Array.isArray(grid) && typeof grid.bottom === "number"
        ? ({ ...grid, bottom: grid.bottom + extra } as ChartOption["grid"])
        : option.grid,
  };
}
