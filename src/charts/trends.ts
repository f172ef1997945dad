// 趋势: townships as lines across years. Gaps are nulls with connectNulls off, so a missing year
// is never drawn as 0; approximate figures get a hollow symbol and say 约数/至少 in the tooltip.
import { formatFigure, formatNumber, type TrendPoint, type TrendsVM } from "../derive";
import { zh } from "../text/zh";
import { ALL_ROWS_LIMIT, quantileOf } from "./bound";
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

/** 重点: the highlighted township, or the top and bottom few; 全部: every township drawn. */
export type TrendsShow = "focus" | "all";

/** Up to this many picked townships, every one gets its own colour in either mode. */
export const FOCUS_ALL = 6;
/** Townships at each end coloured in 重点 mode (top and bottom by the latest figure). */
const FOCUS_ENDS = 2;

/** The last figure a line has (its raw value, whatever the mode), for top and bottom. */
const lastRaw = (s: TrendsVM["series"][number]): number | null =>
  s.points.findLast((p) => p.raw !== null)?.raw ?? null;

/**
 * How each township's line is drawn. A colour is used at most once per chart: the highlighted
 * township takes the accent and every other line is grey; otherwise up to FOCUS_ALL picked
 * townships each take a palette colour, and above that the top and bottom by their latest figure
 * (two each in 重点, as many as the palette has in 全部) take colours and the rest are grey —
 * faint in 重点, plain in 全部 — and share one legend entry (其他N个乡镇).
 */
export function trendRoles(
  vm: TrendsVM,
  show: TrendsShow,
  t: ChartTheme = defaultTheme,
): Map<string, { colour: string; role: "highlight" | "coloured" | "other" }> {
  const roles = new Map<string, { colour: string; role: "highlight" | "coloured" | "other" }>();
  const hl = vm.highlight;
  const n = vm.series.length;
  let coloured: string[];
  if (hl !== null) coloured = [];
  else if (n <= FOCUS_ALL || n <= (show === "all" ? t.palette.length : 0))
    coloured = vm.series.map((s) => s.key);
  else {
    const ends = show === "all" ? Math.floor(t.palette.length / 2) : FOCUS_ENDS;
    // Each line's last figure read once (not inside the comparator: 2,000 lines × ~22,000 comparisons).
    const ranked = vm.series
      .map((s) => ({ key: s.key, last: lastRaw(s) }))
      .filter((r): r is { key: string; last: number } => r.last !== null)
      .sort((a, b) => b.last - a.last);
    const top = ranked.slice(0, ends);
    const bottom = ranked.slice(Math.max(ends, ranked.length - ends));
    coloured = [...top, ...bottom].map((r) => r.key);
  }
  // Colours follow the order of the lines' latest figures (top first), so the legend reads down.
  const order = new Map(coloured.map((k, i) => [k, i]));
  for (const s of vm.series) {
    if (s.key === hl) roles.set(s.key, { colour: t.accent, role: "highlight" });
    else if (order.has(s.key))
      roles.set(s.key, { colour: colourAt(t, order.get(s.key) as number), role: "coloured" });
    else roles.set(s.key, { colour: show === "all" && hl === null ? t.muted : t.dimmed, role: "other" });
  }
  return roles;
}

/** The legend name shared by the grey lines. */
export const othersName = (n: number): string => zh.trends.others(n);

export function trendsOption(
  vm: TrendsVM,
  t: ChartTheme = defaultTheme,
  show: TrendsShow = "focus",
): ChartOption {
  const years = vm.years.map(String);
  const hl = vm.highlight;
  // Bounded by the screen: above ALL_ROWS_LIMIT townships the chart draws the median, a band for
  // the middle half and the highlighted township, never a line (and a legend entry) per township.
  const banded = vm.series.length > ALL_ROWS_LIMIT;
  const drawn = banded ? vm.series.filter((s) => s.key === hl) : vm.series;
  // Banded, the one line drawn is the highlighted township's: no need to rank every line's colour.
  const roles = banded
    ? new Map(drawn.map((s) => [s.key, { colour: t.accent, role: "highlight" as const }]))
    : trendRoles(vm, show, t);
  const others = drawn.filter((s) => roles.get(s.key)?.role === "other").length;
  const series = drawn.map((s) => {
    const role = roles.get(s.key) ?? { colour: t.dimmed, role: "other" as const };
    const colour = role.colour;
    const strong = role.role === "highlight";
    const faint = role.role === "other" && colour === t.dimmed;
    return {
      type: "line" as const,
      id: s.key,
      // Grey lines share one name, so they share one legend entry (and one toggle).
      name: role.role === "other" ? othersName(others) : s.label,
      connectNulls: false,
      showSymbol: true,
      // Solid by default: only an approximate figure's point is hollow (空心点为约数).
      symbol: "circle",
      symbolSize: strong ? 9 : faint ? 5 : 7,
      z: strong ? 5 : role.role === "other" ? 1 : 2,
      color: colour,
      lineStyle: { width: strong ? 3 : faint ? 1.5 : 2, color: colour, ...(faint ? { opacity: 0.8 } : {}) },
      itemStyle: { color: colour },
      emphasis: { focus: "series" as const },
      endLabel:
        role.role !== "other"
          ? // A function, not the template "{a}": ECharts reads tokens inside the filled-in name again.
            {
              show: true,
              formatter: (() => s.label) as never,
              color: colour,
              fontWeight: strong ? ("bold" as const) : ("normal" as const),
            }
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
    // Years whose reports come from different townships: the medians are points, never a line.
    symbol: vm.joined ? "none" : "diamond",
    symbolSize: 10,
    z: 4,
    color: t.reference,
    lineStyle: { type: "dashed" as const, width: vm.joined ? 2 : 0, color: t.reference },
    tooltip: { show: true },
    data: vm.median.map((v, i) => ({ value: [years[i] as string, round1(v)] as [string, number | null] })),
  };
  const band = banded ? bandSeries(vm, t) : [];
  const yName = vm.mode === "relative" ? "较首个年度变化（%）" : vm.indicator.unit;
  const named = drawn.filter((s) => roles.get(s.key)?.role !== "other").map((s) => s.label);
  const labelled = named.length > 0;
  return {
    color: [...t.palette],
    animation: !banded,
    animationDuration: 300,
    grid: { left: 56, right: labelled ? 110 : 32, top: 40, bottom: 56 },
    tooltip: { ...tooltipBase(t), trigger: "item", formatter: trendsTooltip(vm, t) as never },
    legend: {
      type: "scroll",
      bottom: 4,
      left: 16,
      right: 16,
      // Solid markers: a hollow one would read as 约数.
      icon: "roundRect",
      itemWidth: 18,
      itemHeight: 10,
      textStyle: { color: t.text, fontFamily: t.font },
      data: [
        medianName(vm),
        ...(banded ? [zh.trends.band] : []),
        ...named,
        ...(others > 0 ? [othersName(others)] : []),
      ],
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
    series: [...band, ...series, median] as ChartOption["series"],
  };
}

/** The middle half of the townships per year: a transparent base at the 25th percentile and the
 *  25th–75th range stacked on it as a shaded area. A year with no figure is a gap. */
function bandSeries(vm: TrendsVM, t: ChartTheme): object[] {
  const lows: (number | null)[] = [];
  const spans: (number | null)[] = [];
  vm.years.forEach((_, yi) => {
    const values: number[] = [];
    // Every line has a point per year of vm.years, in that order.
    for (const s of vm.series) {
      const v = s.points[yi]?.value;
      if (typeof v === "number") values.push(v);
    }
    const lo = quantileOf(values, 0.25);
    const hi = quantileOf(values, 0.75);
    lows.push(lo === null ? null : round1(lo));
    spans.push(lo === null || hi === null ? null : round1(hi - lo));
  });
  const years = vm.years.map(String);
  const common = {
    type: "line" as const,
    stack: "__band",
    symbol: "none",
    connectNulls: false,
    silent: true,
    tooltip: { show: false },
    lineStyle: { width: 0 },
  };
  return [
    { ...common, id: "__band_low", name: "__band_low", data: lows.map((v, i) => [years[i], v]) },
    {
      ...common,
      id: "__band",
      name: zh.trends.band,
      color: t.reference,
      areaStyle: { color: t.reference, opacity: 0.18 },
      data: spans.map((v, i) => [years[i], v]),
    },
  ];
}
