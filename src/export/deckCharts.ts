// A dashboard chart made fit for a slide read from across a room: the same option builders, with
// every category label shown (a ranking must not skip every other township), each year short and
// alone under the small multiples (the "11/13写明" line under each year collides at slide size), and type
// at least 13 px — drawn at 72 px an inch, that is 13 pt. Pure: option in, option out.
import type { ChartOption } from "../charts";
import type { RankingVM } from "../derive";

type Axis = Record<string, unknown> & { axisLabel?: Record<string, unknown> };

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

export function deckRankingOption(option: ChartOption): ChartOption {
  return {
    ...option,
    yAxis: mapAxes(option.yAxis, (a) => withLabel(a, { interval: 0, fontSize: 14 })),
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
    yAxis: mapAxes(option.yAxis, (a) => withLabel(a, { fontSize: 13 })),
  } as ChartOption;
}
