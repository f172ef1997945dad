// 完整性: two heatmaps. Township × key indicator for one year (stated / stated as 0 / not stated /
// no report), and township × year (how many of the four key indicators each report states).
// Every cell has a text label as well as a colour, so it reads without colour vision and in print.
import type { CompletenessVM, FigureStatus, IndicatorCell, YearCell } from "../derive";
import { formatNumber } from "../derive";
import { zh } from "../text/zh";
import { escapeHtml } from "./escape";
import { heatLegend, heatSeries } from "./heatmap";
import { theme as defaultTheme, type ChartTheme } from "./theme";
import { reviewText } from "../text/review";
import { tipNote, tipReview, tipRow, tipTitle, tooltipBase } from "./tooltip";
import type { ChartOption, ClickRef, TipParams } from "./types";

export const STATUS_ORDER: FigureStatus[] = ["stated", "zero", "absent", "no_report", "unreadable"];

export interface CompletenessDatum {
  value: [number, number, number];
  ref: ClickRef;
  cell: IndicatorCell | YearCell;
  label: { formatter: string; color: string };
}

/** Dark cells take white labels so the text stays readable. */
const DARK_STATUSES: FigureStatus[] = ["stated", "unreadable"];

function statusText(cell: IndicatorCell): string {
  // A figure a person checked in 校对 carries ✓ (text, so it reads without colour and in print).
  const mark = cell.review === "checked" ? ` ${reviewText.mark.confirmed}` : "";
  if (cell.status === "stated" && cell.value !== null) return `${formatNumber(cell.value)}${mark}`;
  if (cell.status === "zero") return `0${mark}`;
  return `${zh.status[cell.status]}${mark}`;
}

function axisBase(t: ChartTheme) {
  return {
    axisTick: { show: false },
    splitArea: { show: false },
    axisLine: { lineStyle: { color: t.grid } },
  };
}

export function byIndicatorOption(vm: CompletenessVM, t: ChartTheme = defaultTheme): ChartOption {
  const rows = vm.townships.map((tw) => tw.label);
  const data: CompletenessDatum[] = vm.byIndicator.flatMap((row, y) =>
    row.map((cell, x) => ({
      value: [x, y, STATUS_ORDER.indexOf(cell.status)] as [number, number, number],
      ref: { township: cell.township, year: vm.year, reportId: cell.reportId, indicator: cell.indicator },
      cell,
      label: { formatter: statusText(cell), color: DARK_STATUSES.includes(cell.status) ? "#fff" : t.text },
    })),
  );
  const tooltip = (p: TipParams): string => {
    const d = p.data as CompletenessDatum;
    const cell = d.cell as IndicatorCell;
    const def = vm.indicators.find((i) => i.id === cell.indicator);
    let html = tipTitle(`${rows[d.value[1]] ?? ""} · ${vm.year}年`);
    html += tipRow(
      def?.short ?? "",
      `${zh.status[cell.status]}${cell.value !== null ? `（${formatNumber(cell.value)}${def?.unit ?? ""}）` : ""}`,
      t,
    );
    if (cell.review === "checked") html += tipReview(cell.check, t);
    if (cell.review === "unchecked") html += tipNote(zh.completeness.notChecked, t);
    if (cell.status === "absent") html += tipNote(zh.completeness.absentHint, t);
    if (cell.status === "no_report") html += tipNote(zh.completeness.noReportHint, t);
    return html;
  };
  return {
    animation: false,
    grid: { left: 16, right: 24, top: 32, bottom: 48 },
    tooltip: { ...tooltipBase(t), trigger: "item", formatter: tooltip as never },
    xAxis: {
      type: "category",
      position: "top",
      data: vm.indicators.map((d) => d.short),
      ...axisBase(t),
      axisLabel: { color: t.text },
    },
    yAxis: { type: "category", inverse: true, data: rows, ...axisBase(t), axisLabel: { color: t.text } },
    visualMap: heatLegend(
      t,
      STATUS_ORDER.map((s, i) => ({ value: i, label: zh.status[s], color: t.status[s] })),
      16,
    ),
    series: [
      heatSeries(t, {
        id: "completeness-indicator",
        name: zh.completeness.byIndicator(vm.year),
        data,
        labelColor: t.text,
        emphasis: true,
      }),
    ],
  };
}

/** Heat step of a township × year cell: 4/4 stated is the strongest colour; no report is grey. */
export function yearCellCode(cell: YearCell): number {
  if (cell.stated === null) return cell.status === "unreadable" ? -2 : -1;
  return cell.stated;
}

export function byYearOption(vm: CompletenessVM, t: ChartTheme = defaultTheme): ChartOption {
  const rows = vm.townships.map((tw) => tw.label);
  const data: CompletenessDatum[] = vm.byYear.flatMap((row, y) =>
    row.map((cell, x) => ({
      value: [x, y, yearCellCode(cell)] as [number, number, number],
      ref: { township: cell.township, year: cell.year, reportId: cell.reportId, keys: true },
      cell,
      label: {
        formatter: cell.stated === null ? zh.status[cell.status] : `${cell.stated}/4`,
        color: [4, 1, 0, -2].includes(yearCellCode(cell)) ? "#fff" : t.text,
      },
    })),
  );
  const tooltip = (p: TipParams): string => {
    const d = p.data as CompletenessDatum;
    const cell = d.cell as YearCell;
    let html = tipTitle(`${rows[d.value[1]] ?? ""} · ${cell.year}年`);
    if (cell.stated === null) return html + tipRow("", zh.status[cell.status], t);
    html += tipRow("", zh.completeness.keyCount(cell.stated), t);
    if (cell.absent.length) {
      const names = cell.absent.map((id) => vm.indicators.find((i) => i.id === id)?.short ?? id).join("、");
      html += `<div>${escapeHtml(`未写明：${names}`)}</div>`;
    }
    return html;
  };
  const green = t.status.stated;
  return {
    animation: false,
    grid: { left: 16, right: 24, top: 32, bottom: 48 },
    tooltip: { ...tooltipBase(t), trigger: "item", formatter: tooltip as never },
    xAxis: {
      type: "category",
      position: "top",
      data: vm.years.map((y) => `${y}年`),
      ...axisBase(t),
      axisLabel: { color: t.text },
    },
    yAxis: { type: "category", inverse: true, data: rows, ...axisBase(t), axisLabel: { color: t.text } },
    visualMap: heatLegend(
      t,
      [
        { value: 4, label: "4/4", color: green },
        { value: 3, label: "3/4", color: "#7fbf98" },
        { value: 2, label: "2/4", color: t.status.absent },
        { value: 1, label: "1/4", color: "#e07b39" },
        { value: 0, label: "0/4", color: "#c2410c" },
        { value: -1, label: zh.status.no_report, color: t.status.no_report },
        { value: -2, label: zh.status.unreadable, color: t.status.unreadable },
      ],
      12,
    ),
    series: [
      heatSeries(t, {
        id: "completeness-year",
        name: zh.completeness.byYear,
        data,
        labelColor: t.text,
        emphasis: true,
      }),
    ],
  };
}
