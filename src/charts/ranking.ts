// 排名: one indicator, one year, townships as horizontal bars (highest on top) with the county
// median as a reference line and the change from the previous year in the label. Approximate
// figures are drawn as hollow bars; townships without the figure are not bars (listed by the view).
import { formatChange, formatFigure, formatNumber, type RankBar, type RankingVM } from "../derive";
import { zh } from "../text/zh";
import { boundRows, LABEL_LIMIT } from "./bound";
import { theme as defaultTheme, type ChartTheme } from "./theme";
import { tipNote, tipReview, tipRow, tipTitle, tooltipBase } from "./tooltip";
import type { ChartOption, ClickRef, TipParams } from "./types";

export interface RankDatum {
  value: number;
  bar: RankBar;
  ref: ClickRef;
  itemStyle: { color: string; borderColor: string; borderWidth: number };
}

/** Bar label: the figure, and the change from the previous year when both years state it. */
export function rankLabel(vm: RankingVM, b: RankBar): string {
  const fig = formatFigure(b.value, vm.indicator.unit, b.approx);
  return b.change === null ? fig : `${fig}（${formatChange(b.change, vm.indicator.unit, b.changeApprox)}）`;
}

export function rankingTooltip(vm: RankingVM, t: ChartTheme) {
  return (p: TipParams): string => {
    const d = p.data as RankDatum | undefined;
    if (!d?.bar) return "";
    const b = d.bar;
    let html = tipTitle(`${b.label} · ${vm.year}年`);
    html += tipRow(vm.indicator.short, formatFigure(b.value, vm.indicator.unit, b.approx), t);
    if (vm.prevYear !== null) {
      html += tipRow(
        `${zh.ranking.change}（${vm.prevYear}年）`,
        b.change === null ? zh.ranking.noPrev : formatChange(b.change, vm.indicator.unit, b.changeApprox),
        t,
      );
    }
    if (b.approx !== "exact") html += tipNote(zh.approx[b.approx], t);
    html += tipReview(b.review, t);
    html += tipNote("点击查看报告原文", t);
    return html;
  };
}

export function rankingOption(vm: RankingVM, t: ChartTheme = defaultTheme, page = 0): ChartOption {
  // Bounded by the screen: a province's 2,000 bars become the top and bottom of the ranking, the
  // highlighted township and the page asked for; "…N个乡镇…" rows stand for the rest.
  const win = boundRows(vm.bars, (b) => b.key === vm.highlight, page);
  const rank = new Map(vm.bars.map((b, i) => [b.key, i + 1]));
  const bounded = win.hidden > 0;
  const many = win.rows.length > LABEL_LIMIT;
  const data = win.rows.map((b): RankDatum | { value: null } => {
    if (b === null) return { value: null };
    const colour =
      vm.highlight === null || vm.highlight === b.key ? (vm.highlight ? t.accent : t.palette[0]) : t.dimmed;
    const hollow = b.approx !== "exact";
    return {
      value: b.value,
      bar: b,
      ref: { township: b.key, year: vm.year, reportId: b.reportId, indicator: vm.indicator.id },
      itemStyle: {
        color: hollow ? "#ffffff" : (colour as string),
        borderColor: colour as string,
        borderWidth: hollow ? 2 : 0,
      },
    };
  });
  const gapLabel = zh.ranking.gap;
  const categories = win.rows.map((b, i) =>
    b === null
      ? gapLabel(gapSize(win.rows, i, vm.bars, rank))
      : bounded
        ? `${rank.get(b.key)}. ${b.label}`
        : b.label,
  );
  return {
    animation: !bounded,
    animationDuration: 300,
    grid: { left: 16, right: 150, top: 32, bottom: 16 },
    tooltip: { ...tooltipBase(t), trigger: "item", formatter: rankingTooltip(vm, t) as never },
    xAxis: {
      type: "value",
      // The unit is in every bar label; an axis name would collide with the median label.
      axisLabel: { color: t.muted },
      splitLine: { lineStyle: { color: t.grid } },
      ...(vm.indicator.isPercent ? { max: 100 } : {}),
    },
    yAxis: {
      type: "category",
      inverse: true,
      data: categories,
      axisLabel: { color: t.text, fontSize: 13, interval: 0 },
      axisTick: { show: false },
    },
    series: [
      {
        type: "bar",
        id: "ranking",
        name: vm.indicator.short,
        barMaxWidth: 26,
        data,
        label: {
          show: !many,
          position: "right",
          color: t.text,
          // The median's dashed line runs behind the bars (z 1, below the series' 2) and behind a
          // label near it: the label's own ground keeps its figure readable.
          backgroundColor: "#ffffff",
          padding: [1, 3],
          formatter: ((p: TipParams) => {
            const bar = (p.data as Partial<RankDatum>).bar;
            return bar ? rankLabel(vm, bar) : "";
          }) as never,
        },
        markLine:
          vm.median === null
            ? undefined
            : {
                silent: true,
                z: 1,
                symbol: "none",
                lineStyle: { type: "dashed", color: t.reference, width: 1.5 },
                label: {
                  formatter: `${zh.ranking.median} ${formatNumber(vm.median)}`,
                  color: t.reference,
                  // The category axis is inverted, so "start" is the top end of the line.
                  position: "start",
                },
                data: [{ xAxis: vm.median }],
              },
      },
    ],
  };
}

/** How many ranks the gap at row i stands for: from the rank before it to the rank after it. */
function gapSize(
  rows: readonly (RankBar | null)[],
  i: number,
  bars: readonly RankBar[],
  rank: ReadonlyMap<string, number>,
): number {
  const before = rows[i - 1];
  const after = rows[i + 1];
  const from = before ? (rank.get(before.key) ?? 0) : 0;
  const to = after ? (rank.get(after.key) ?? bars.length + 1) : bars.length + 1;
  return Math.max(0, to - from - 1);
}
