// 趋势: townships as lines across years. Gaps are nulls with connectNulls off, so a missing year
// is never drawn as 0; approximate figures get a hollow symbol and say 约数/至少 in the tooltip.
import { formatFigure, formatNumber, type TrendPoint, type TrendsVM } from "../derive";
import { zh } from "../text/zh";
import { colourAt, theme as defaultTheme, type ChartTheme } from "./theme";
import { tipNote, tipReview, tipRow, tipTitle, tooltipBase } from "./tooltip";
import type { ChartOption, ClickRef, TipParams } from "./types";

export interface TrendDatum {
  value: [string, number | null];
  symbol: "circle" | "emptyCircle";
  ref: ClickRef;
  point: TrendPoint;
  label: string;
}

const round1 = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);

/** 全县中位数 only when the scope is one county; across several counties it is just 中位数. */
export const medianName = (vm: TrendsVM): string => (vm.oneCounty ? zh.trends.median : zh.trends.medianAll);

export function trendsTooltip(vm: TrendsVM, t: ChartTheme) {
  const unit = vm.indicator.unit;
  return (p: TipParams): string => {
    const d = p.data as TrendDatum | undefined;
    if (!d?.point) {
      // The median line.
      const v = vm.median[p.dataIndex];
      return (
        tipTitle(`${medianName(vm)} · ${vm.years[p.dataIndex]}年`) +
        tipRow(zh.evidence.value, v == null ? "—" : formatNumber(v), t)
      );
    }
    const pt = d.point;
    let html = tipTitle(`${d.label} · ${pt.year}年`);
    html += tipRow(
      vm.indicator.short,
      pt.raw === null ? zh.tooltip.noValue : formatFigure(pt.raw, unit, pt.approx),
      t,
    );
    if (vm.mode === "relative" && pt.value !== null)
      html += tipRow(zh.trends.relative, `${pt.value >= 0 ? "+" : ""}${formatNumber(pt.value)}%`, t);
    if (pt.approx !== "exact") html += tipNote(zh.approx[pt.approx], t);
    html += tipReview(pt.review, t);
    html += tipNote("点击查看报告原文", t);
    return html;
  };
}

export function trendsOption(vm: TrendsVM, t: ChartTheme = defaultTheme): ChartOption {
  const years = vm.years.map(String);
  const hl = vm.highlight;
  const series = vm.series.map((s, i) => {
    const dim = hl !== null && s.key !== hl;
    const colour = dim ? t.dimmed : hl === s.key ? t.accent : colourAt(t, i);
    return {
      type: "line" as const,
      id: s.key,
      name: s.label,
      connectNulls: false,
      showSymbol: true,
      symbolSize: hl === s.key ? 9 : 7,
      z: hl === s.key ? 5 : dim ? 1 : 2,
      color: colour,
      lineStyle: { width: hl === s.key ? 3 : dim ? 1.5 : 2, color: colour },
      itemStyle: { color: colour },
      emphasis: { focus: "series" as const },
      endLabel:
        hl === s.key
          ? // A function, not the template "{a}": ECharts reads tokens inside the filled-in name again.
            { show: true, formatter: (() => s.label) as never, color: colour, fontWeight: "bold" as const }
          : { show: false },
      data: s.points.map((pt): TrendDatum => ({
        value: [String(pt.year), round1(pt.value)],
        symbol: pt.approx === "exact" ? "circle" : "emptyCircle",
        ref: { township: s.key, year: pt.year, reportId: pt.reportId, indicator: vm.indicator.id },
        point: pt,
        label: s.label,
      })),
    };
  });
  const median = {
    type: "line" as const,
    id: "__median",
    name: medianName(vm),
    connectNulls: false,
    symbol: "none",
    z: 4,
    color: t.reference,
    lineStyle: { type: "dashed" as const, width: 2, color: t.reference },
    tooltip: { show: true },
    data: vm.median.map((v, i) => ({ value: [years[i] as string, round1(v)] as [string, number | null] })),
  };
  const yName = vm.mode === "relative" ? "较首个年度变化（%）" : vm.indicator.unit;
  return {
    color: [...t.palette],
    animationDuration: 300,
    grid: { left: 56, right: hl ? 110 : 32, top: 40, bottom: 56 },
    tooltip: { ...tooltipBase(t), trigger: "item", formatter: trendsTooltip(vm, t) as never },
    legend: {
      type: "scroll",
      bottom: 4,
      left: 16,
      right: 16,
      textStyle: { color: t.text, fontFamily: t.font },
      data: [medianName(vm), ...vm.series.map((s) => s.label)],
    },
    xAxis: { type: "category", data: years, boundaryGap: false, axisLabel: { color: t.muted } },
    yAxis: {
      type: "value",
      name: yName,
      nameTextStyle: { color: t.muted, align: "left" },
      axisLabel: { color: t.muted },
      splitLine: { lineStyle: { color: t.grid } },
      ...(vm.indicator.isPercent && vm.mode === "absolute" ? { max: 100 } : {}),
    },
    series: [...series, median] as ChartOption["series"],
  };
}
