// 关键指标历年中位数 (overview): one small panel per ★ key indicator, side by side under the
// overview's tiles, each a line of the yearly median with the figure on every point and, under each
// year, how many townships stated it. A year nobody stated is a gap (null), never 0. The overview's
// year is the larger accented point. A median stands for several reports, so a click on a point
// opens that year's ranking, where every bar opens its own sentence.
import { formatFigure, formatNumber, type KeyTrendPoint, type KeyTrendsVM } from "../derive";
import type { IndicatorId } from "../domain";
import { zh } from "../text/zh";
import { theme as defaultTheme, type ChartTheme } from "./theme";
import { tipNote, tipRow, tipTitle, tooltipBase } from "./tooltip";
import type { ChartOption, TipParams } from "./types";

/** What a click on a median point refers to: the ranking of that indicator and year. */
export interface SummaryRef {
  indicator: IndicatorId;
  year: number;
}

export interface KeyTrendDatum {
  value: [string, number | null];
  ref: SummaryRef;
  point: KeyTrendPoint;
  symbol: "circle" | "emptyCircle";
  symbolSize: number;
  itemStyle: { color: string };
  label: { fontWeight: "bold" | "normal" };
}

/** Horizontal share of each panel (%), and the gap kept free at either side of it. */
const GAP_PCT = 1.2;

const medianLabel = (vm: KeyTrendsVM): string => (vm.oneCounty ? zh.trends.median : zh.trends.medianAll);

export function keyTrendsTooltip(vm: KeyTrendsVM, t: ChartTheme) {
  return (p: TipParams): string => {
    const d = p.data as KeyTrendDatum | undefined;
    const panel = vm.panels[p.seriesIndex ?? -1];
    if (!d?.point || !panel) return "";
    const { indicator } = panel;
    const pt = d.point;
    let html = tipTitle(`${indicator.short} · ${pt.year}年`);
    html += tipRow(
      medianLabel(vm),
      pt.median === null ? zh.tooltip.noValue : formatFigure(pt.median, indicator.unit),
      t,
    );
    html += tipRow(zh.overview.stated, zh.overview.statedOf(pt.stating, pt.reports), t);
    html += tipNote(zh.overview.trendMedianNote, t);
    html += tipNote(zh.overview.trendClick, t);
    return html;
  };
}

export function keyTrendsOption(vm: KeyTrendsVM, t: ChartTheme = defaultTheme): ChartOption {
  const n = Math.max(1, vm.panels.length);
  const share = 100 / n;
  const years = vm.years.map(String);
  const pct = (v: number) => `${Math.round(v * 100) / 100}%`;
  const panels = vm.panels.map((panel, i) => {
    const left = i * share + GAP_PCT;
    const width = share - 2 * GAP_PCT;
    const byYear = new Map(panel.points.map((pt) => [String(pt.year), pt]));
    return { panel, left, width, byYear };
  });
  return {
    animationDuration: 300,
    tooltip: { ...tooltipBase(t), trigger: "item", formatter: keyTrendsTooltip(vm, t) as never },
    // Panel headings: frameOption keeps them under its own title and moves them below the caption.
    title: panels.map(({ panel, left }) => ({
      text: `★ ${panel.indicator.short}（${panel.indicator.unit}）`,
      left: pct(left),
      top: 4,
      textStyle: { fontSize: 13, fontWeight: 600, color: t.text, fontFamily: t.font },
    })),
    grid: panels.map(({ left, width }) => ({
      left: pct(left),
      width: pct(width),
      top: 46,
      bottom: 8,
      // Each panel keeps its axis labels inside its own box (the two-line year labels included), so
      // they never run into the next panel or the source line.
      outerBoundsMode: "same" as const,
    })),
    xAxis: panels.map(({ byYear }, i) => ({
      type: "category" as const,
      gridIndex: i,
      data: years,
      boundaryGap: true,
      axisTick: { show: false },
      axisLine: { lineStyle: { color: t.grid } },
      axisLabel: {
        color: t.muted,
        interval: 0,
        lineHeight: 16,
        // The year, and under it how many townships stated the figure: completeness over time.
        formatter: ((year: string) => {
          const pt = byYear.get(year);
          return pt ? `{y|${year}}\n{n|${zh.overview.statedShort(pt.stating, pt.reports)}}` : year;
        }) as never,
        rich: { y: { color: t.text, fontSize: 12 }, n: { color: t.muted, fontSize: 11 } },
      },
    })),
    yAxis: panels.map(({ panel }, i) => ({
      type: "value" as const,
      gridIndex: i,
      min: 0,
      // Percentages on quarters (a 30-step scale capped at 100 puts 90 and 100 on top of each other).
      ...(panel.indicator.isPercent ? { max: 100, interval: 25 } : { splitNumber: 3 }),
      axisLabel: { color: t.muted, fontSize: 11 },
      splitLine: { lineStyle: { color: t.grid } },
    })),
    series: panels.map(({ panel }, i) => ({
      type: "line" as const,
      id: `key-${panel.indicator.id}`,
      name: panel.indicator.short,
      xAxisIndex: i,
      yAxisIndex: i,
      connectNulls: false,
      color: t.palette[0],
      // Years whose reports come from different townships are points, not a trend.
      lineStyle: { width: vm.joined ? 2 : 0, color: t.palette[0] },
      label: {
        show: true,
        position: "top" as const,
        color: t.text,
        fontSize: 12,
        formatter: ((p: TipParams) => {
          const v = (p.data as KeyTrendDatum).point.median;
          return v === null ? "" : formatNumber(v);
        }) as never,
      },
      data: panel.points.map((pt): KeyTrendDatum => {
        const focus = pt.year === vm.focusYear;
        return {
          value: [String(pt.year), pt.median],
          ref: { indicator: panel.indicator.id, year: pt.year },
          point: pt,
          symbol: focus ? "circle" : "emptyCircle",
          symbolSize: focus ? 11 : 7,
          itemStyle: { color: focus ? t.accent : (t.palette[0] as string) },
          label: { fontWeight: focus ? "bold" : "normal" },
        };
      }),
    })),
  };
}
