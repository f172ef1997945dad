// A dashboard chart made fit for a slide read from across a room: the same option builders, with
// every category label shown (a ranking must not skip every other township), each year short and
// alone under the small multiples (the "11/13写明" line under each year collides at slide size), and type
// at least 13 px — drawn at 72 px an inch, that is 13 pt. Pure: option in, option out.
import { rankLabel, type ChartOption } from "../charts";
import type { RankBar, RankingVM } from "../derive";
import { emWidth } from "./textFit";

type Axis = Record<string, unknown> & { axisLabel?: Record<string, unknown>; inverse?: boolean };

const mapAxes = (axes: unknown, f: (a: Axis) => Axis): unknown =>
  Array.isArray(axes) ? axes.map((a) => f(a as Axis)) : axes === undefined ? axes : f(axes as Axis);

const withLabel = (a: Axis, label: Record<string, unknown>): Axis => ({
  ...a,
  axisLabel: { ...a.axisLabel, ...label },
});

/** Bars a slide shows: up to ten; beyond, the five highest and five lowest (the median stays the county's). */
export const DECK_MAX_BARS = 10;

export function deckRanking(vm: RankingVM): RankingVM {
  if (vm.bars.length <= DECK_MAX_BARS) return vm;
  const half = DECK_MAX_BARS / 2;
  return { ...vm, bars: [...vm.bars.slice(0, half), ...vm.bars.slice(-half)] };
}

/** Type size of a deck ranking's bar labels (px; 13 pt on the slide at 72 px an inch). */
export const DECK_LABEL_PX = 14;
/** Space between the plot's right edge and the label column, and after the column (px). */
const LABEL_PAD = 10;

/**
 * Room at the right of a ranking for its longest label (27起（−11起）), in px: the labels stand in
 * a column of their own right of the plot, so no label ever lies over a bar, a bar end or the
 * dashed median line, however long the bars are.
 */
export function labelRoom(vm: RankingVM, px = DECK_LABEL_PX): number {
  const longest = Math.max(0, ...vm.bars.map((b) => emWidth(rankLabel(vm, b))));
  return Math.ceil(longest * px) + 2 * LABEL_PAD;
}

type Series = Record<string, unknown> & { label?: Record<string, unknown>; data?: unknown };

/**
 * A ranking with each bar's figure in a column right of the plot, as wide as the longest label
 * at `px` needs: the slide's chart and the exported PNG/SVG. The column is a second category axis
 * on the right whose labels are the figures, row for row, so no figure ever lies over a bar, a
 * bar end or the dashed median line (a series label sits at its bar's end, where the median
 * line crosses the shorter bars' labels).
 */
export function rankingLabelColumn(option: ChartOption, vm: RankingVM, px = 12): ChartOption {
  const room = labelRoom(vm, px);
  const grid = (Array.isArray(option.grid) ? option.grid[0] : option.grid) as Record<string, unknown>;
  const series = (Array.isArray(option.series) ? option.series : [option.series]) as Series[];
  const bars = series.find((s) => s.type === "bar");
  const rows = ((bars?.data ?? []) as ({ bar?: RankBar } | null)[]).map((d) =>
    d?.bar ? rankLabel(vm, d.bar) : "",
  );
  const y = (Array.isArray(option.yAxis) ? option.yAxis[0] : option.yAxis) as Axis;
  return {
    ...option,
    grid: { ...grid, right: room },
    yAxis: [
      y,
      {
        type: "category",
        inverse: y.inverse,
        position: "right",
        data: rows,
        axisLine: { show: false },
        axisTick: { show: false },
        axisLabel: { interval: 0, fontSize: px, color: y.axisLabel?.color, margin: LABEL_PAD, align: "left" },
      },
    ],
    series: series.map((s) => (s === bars ? { ...s, label: { ...s.label, show: false } } : s)),
  } as ChartOption;
}

/** The dashboard's ranking made fit for a slide `width` px wide: every township named, type at 13–14 pt. */
export function deckRankingOption(option: ChartOption, vm: RankingVM): ChartOption {
  const column = rankingLabelColumn(option, vm, DECK_LABEL_PX);
  const [names, figures] = column.yAxis as Axis[];
  return {
    ...column,
    yAxis: [withLabel(names as Axis, { interval: 0, fontSize: 14 }), figures],
    xAxis: mapAxes(option.xAxis, (a) => withLabel(a, { fontSize: 13 })),
  } as ChartOption;
}

export function deckKeyTrendsOption(option: ChartOption): ChartOption {
  return {
    ...option,
    xAxis: mapAxes(option.xAxis, (a) =>
      // "21年": four full years side by side run together in a panel a quarter of a slide wide.
      withLabel(a, {
        formatter: (y: string) => `${y.slice(-2)}年`,
        fontSize: 13,
        interval: 0,
        rich: undefined,
      }),
    ),
    // Every point is labelled with its median, so the value axes' numbers only take room from
    // the years (21年22年23年 ran together under the percentage panels).
    yAxis: mapAxes(option.yAxis, (a) => withLabel(a, { show: false })),
  } as ChartOption;
}
