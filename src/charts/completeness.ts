// 完整性: two heatmaps. Township × key indicator for one year (stated / stated as 0 / not stated /
// no report), and township × year (how many of the four key indicators each report states).
// Every cell has a text label as well as a colour, so it reads without colour vision and in print.
import type { CompletenessVM, FigureStatus, IndicatorCell, YearCell } from "../derive";
import { formatNumber, hasFigure } from "../derive";
import { zh } from "../text/zh";
import { escapeHtml } from "./escape";
import { heatLegend, heatSeries } from "./heatmap";
import { theme as defaultTheme, type ChartTheme } from "./theme";
import { reviewText } from "../text/review";
import { tipNote, tipReview, tipRow, tipTitle, tooltipBase } from "./tooltip";
import type { ChartOption, ClickRef, TipParams } from "./types";

export const STATUS_ORDER: FigureStatus[] = ["stated", "zero", "absent", "no_report", "unreadable"];
/** Heat code of a computed figure (推算): after the statuses, so their codes stay as they were. */
export const DERIVED_CODE = STATUS_ORDER.length;

/** Heat code of a township × indicator cell: its status, or 推算 for a computed figure. */
export function indicatorCellCode(cell: IndicatorCell): number {
  return cell.derived && hasFigure(cell.status) ? DERIVED_CODE : STATUS_ORDER.indexOf(cell.status);
}

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
  if (cell.derived && cell.value !== null) return `${formatNumber(cell.value)} ${zh.basis.derived}${mark}`;
  if (cell.status === "stated" && cell.value !== null) return `${formatNumber(cell.value)}${mark}`;
  if (cell.status === "zero") return `0${mark}`;
  return `${zh.status[cell.status]}${mark}`;
}

/** Row labels; the highlighted township's in bold accent (a style, never markup in the name). */
function rowAxisData(vm: CompletenessVM, t: ChartTheme, highlight: string | null) {
  return vm.townships.map((tw) =>
    tw.key === highlight
      ? { value: tw.label, textStyle: { fontWeight: "bold" as const, color: t.accent } }
      : tw.label,
  );
}

function axisBase(t: ChartTheme) {
  return {
    axisTick: { show: false },
    splitArea: { show: false },
    axisLine: { lineStyle: { color: t.grid } },
  };
}

export function byIndicatorOption(
  vm: CompletenessVM,
  t: ChartTheme = defaultTheme,
  highlight: string | null = null,
): ChartOption {
  const rows = vm.townships.map((tw) => tw.label);
  const data: CompletenessDatum[] = vm.byIndicator.flatMap((row, y) =>
    row.map((cell, x) => ({
      value: [x, y, indicatorCellCode(cell)] as [number, number, number],
      ref: { township: cell.township, year: vm.year, reportId: cell.reportId, indicator: cell.indicator },
      cell,
      // 推算's mid green takes dark text; the dark statuses white.
      label: {
        formatter: statusText(cell),
        color: !cell.derived && DARK_STATUSES.includes(cell.status) ? "#fff" : t.text,
      },
    })),
  );
  const tooltip = (p: TipParams): string => {
    const d = p.data as CompletenessDatum;
    const cell = d.cell as IndicatorCell;
    const def = vm.indicators.find((i) => i.id === cell.indicator);
    let html = tipTitle(`${rows[d.value[1]] ?? ""} · ${vm.year}年`);
    const status = cell.derived
      ? `${zh.basis.derived}（报告未直接写明，由原文数字算得）`
      : zh.status[cell.status];
    html += tipRow(
      def?.short ?? "",
      `${status}${cell.value !== null ? `（${formatNumber(cell.value)}${def?.unit ?? ""}）` : ""}`,
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
    yAxis: {
      type: "category",
      inverse: true,
      data: rowAxisData(vm, t, highlight),
      ...axisBase(t),
      axisLabel: { color: t.text },
    },
    visualMap: heatLegend(
      t,
      [
        ...STATUS_ORDER.slice(0, 2).map((s) => ({
          value: STATUS_ORDER.indexOf(s),
          label: zh.status[s],
          color: t.status[s],
        })),
        { value: DERIVED_CODE, label: zh.basis.derived, color: t.derived },
        ...STATUS_ORDER.slice(2).map((s) => ({
          value: STATUS_ORDER.indexOf(s),
          label: zh.status[s],
          color: t.status[s],
        })),
      ],
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

export function byYearOption(
  vm: CompletenessVM,
  t: ChartTheme = defaultTheme,
  highlight: string | null = null,
): ChartOption {
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
    yAxis: {
      type: "category",
      inverse: true,
      data: rowAxisData(vm, t, highlight),
      ...axisBase(t),
      axisLabel: { color: t.text },
    },
    visualMap: heatLegend(
      t,
      // The same meaning as the other grid: green = the figures are there, orange = missing (the
      // stronger, the more is missing), grey = no report. No light green here (写明为0 there).
      [
        { value: 4, label: "4/4", color: green },
        { value: 3, label: "3/4", color: t.missing[0] },
        { value: 2, label: "2/4", color: t.missing[1] },
        { value: 1, label: "1/4", color: t.missing[2] },
        { value: 0, label: "0/4", color: t.missing[3] },
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
