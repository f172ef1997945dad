// 排名: one indicator, one year, townships as horizontal bars (highest on top) with the county
// median as a reference line and the change from the previous year in the label. Approximate
// figures are drawn as hollow bars; townships without the figure are not bars (listed by the view).
import { formatChange, formatFigure, formatNumber, type RankBar, type RankingVM } from "../derive";
import { zh } from "../text/zh";
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

export function rankingOption(vm: RankingVM, t: ChartTheme = defaultTheme): ChartOption {
  const data = vm.bars.map((b): RankDatum => {
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
  return {
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
      data: vm.bars.map((b) => b.label),
      axisLabel: { color: t.text, fontSize: 13 },
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
          show: true,
          position: "right",
          color: t.text,
          formatter: ((p: TipParams) => rankLabel(vm, (p.data as RankDatum).bar)) as never,
        },
        markLine:
          vm.median === null
            ? undefined
            : {
                silent: true,
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
