// 问题: category counts by year as stacked bars, and a township × category matrix whose cells say
// in which years the township admitted the category. Two or more years = recurring (问题未整改),
// drawn in the strong colours and marked ↻ so it reads without colour too.
import type { MatrixCell, ShortcomingsVM } from "../derive";
import type { ShortcomingCategory } from "../domain";
import { zh } from "../text/zh";
import { ALL_ROWS_LIMIT } from "./bound";
import { escapeHtml } from "./escape";
import { heatLegend, heatSeries } from "./heatmap";
import { colourAt, theme as defaultTheme, type ChartTheme } from "./theme";
import { tipNote, tipTitle, tooltipBase } from "./tooltip";
import type { ChartOption, ClickRef, TipParams } from "./types";

/** A bar segment: one category in one year. A click lists the townships' items behind the count. */
export interface StackRef {
  category: ShortcomingCategory;
  year: number;
}

export interface StackDatum {
  value: number;
  ref: StackRef;
}

export function byYearStackOption(vm: ShortcomingsVM, t: ChartTheme = defaultTheme): ChartOption {
  const years = vm.years.map((y) => `${y}年`);
  const tooltip = (ps: TipParams[]): string => {
    const first = ps[0];
    if (!first) return "";
    let html = tipTitle(years[first.dataIndex] ?? "");
    for (const p of ps) {
      if (!p.value) continue;
      html += `<div>${escapeHtml(p.seriesName)}：${escapeHtml(p.value)}${escapeHtml(zh.shortcomings.townships)}</div>`;
    }
    const total = ps.reduce((n, p) => n + (Number(p.value) || 0), 0);
    if (total > 0) html += tipNote(zh.shortcomings.stackTotal(total), t);
    return html + tipNote(zh.shortcomings.stackClick, t);
  };
  return {
    animationDuration: 300,
    grid: { left: 48, right: 24, top: 40, bottom: 64 },
    tooltip: {
      ...tooltipBase(t),
      trigger: "axis",
      axisPointer: { type: "shadow" },
      formatter: tooltip as never,
    },
    legend: {
      type: "scroll",
      bottom: 4,
      left: 16,
      right: 16,
      textStyle: { color: t.text, fontFamily: t.font },
    },
    xAxis: { type: "category", data: years, axisLabel: { color: t.muted } },
    yAxis: {
      type: "value",
      // Each segment counts townships naming the category; a whole bar counts township × category
      // pairs (14 townships can make 46), so the axis says that.
      name: zh.shortcomings.stackAxis,
      minInterval: 1,
      nameTextStyle: { color: t.muted, align: "left" },
      axisLabel: { color: t.muted },
      splitLine: { lineStyle: { color: t.grid } },
    },
    series: vm.categories.map((c, i) => ({
      type: "bar" as const,
      id: c.id,
      name: c.label,
      stack: "total",
      barMaxWidth: 56,
      color: colourAt(t, i),
      data: (vm.countsByYear[i] ?? []).map((value, yi): StackDatum => ({
        value,
        ref: { category: c.id, year: vm.years[yi] as number },
      })),
    })),
  };
}

export interface MatrixDatum {
  value: [number, number, number];
  ref: ClickRef;
  cell: MatrixCell;
  label: { formatter: string; color: string };
}

/**
 * A category label as two lines for a narrow column head. Catalogue labels are mostly a
 * four-character phrase plus a tail (普法形式|单一, 法律服务|平台利用低), so the break comes after
 * four characters; a ten-character label halves (规范性文件|审查不完善). Labels of up to five
 * characters stay on one line. ECharts' own width-based break split them as 普法形式单|一.
 */
export function columnLabel(label: string): string {
  const chars = [...label];
  if (chars.length <= 5) return label;
  const at = chars.length >= 10 ? Math.ceil(chars.length / 2) : 4;
  return `${chars.slice(0, at).join("")}\n${chars.slice(at).join("")}`;
}

/**
 * The years of a cell as a reader says them: a run of three or more consecutive years as a range
 * (2021–2024), else each year (2021、2023).
 */
export function yearsText(years: readonly number[]): string {
  const ys = [...years].sort((a, b) => a - b);
  const first = ys[0];
  const last = ys.at(-1);
  if (first === undefined || last === undefined) return "";
  if (ys.length >= 3 && last - first === ys.length - 1) return `${first}–${last}`;
  return ys.join("、");
}

/**
 * Cell label: the years the reports name the category, with ↻ when it recurs (two or more years).
 * Three or more separate years go two to a line, so the label stays inside its cell.
 */
export function matrixLabel(cell: MatrixCell): string {
  if (!cell.recurring) return String(cell.years[0] ?? "");
  const parts = yearsText(cell.years).split("、");
  const lines: string[] = [];
  for (let i = 0; i < parts.length; i += 2) lines.push(parts.slice(i, i + 2).join("、"));
  return `↻ ${lines.join("\n")}`;
}

/**
 * A cell's label. A row is about 24 px tall, so two lines of 12 px type would touch its edges: two
 * lines are set at 11 px, 11 px apart, and stay inside the cell.
 */
function cellLabel(
  text: string,
  color: string,
): { formatter: string; color: string; fontSize?: number; lineHeight?: number } {
  return text.includes("\n")
    ? { formatter: text, color, fontSize: 11, lineHeight: 11 }
    : { formatter: text, color };
}

/**
 * Rows of the bounded matrix (a province): about what a 1366×768 screen shows at 34 px a row. Every
 * row costs a line of labelled cells to draw on each visit; 40 rows made 问题 the slowest view.
 */
export const MATRIX_BOUNDED_ROWS = 20;

/**
 * The townships the matrix draws (indices into vm.townships): every one in a county (up to
 * ALL_ROWS_LIMIT); above it the MATRIX_BOUNDED_ROWS with the most recurring problems, then the most
 * problems, and the highlighted one, so the canvas never grows with the number of townships.
 */
export function matrixRows(vm: ShortcomingsVM, highlight: string | null = null): number[] {
  const all = vm.townships.map((_, i) => i);
  if (all.length <= ALL_ROWS_LIMIT) return all;
  const score = (i: number) => {
    const row = vm.matrix[i] ?? [];
    return row.reduce((s, c) => s + (c.recurring ? 1000 : 0) + c.years.length, 0);
  };
  // Scored once each (not inside the comparator: 2,000 townships × ~22,000 comparisons).
  const scores = all.map(score);
  const top = [...all]
    .sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b)
    .slice(0, MATRIX_BOUNDED_ROWS);
  const hl = highlight === null ? -1 : vm.townships.findIndex((t) => t.key === highlight);
  if (hl >= 0 && !top.includes(hl)) top[top.length - 1] = hl;
  return top;
}

export function matrixOption(
  vm: ShortcomingsVM,
  t: ChartTheme = defaultTheme,
  highlight: string | null = null,
): ChartOption {
  const shown = matrixRows(vm, highlight);
  const rows = shown.map((i) => vm.townships[i]?.label ?? "");
  const data: MatrixDatum[] = shown
    .map((i) => vm.matrix[i] ?? [])
    .flatMap((row, y) =>
      row
        .map((cell, x) => ({ cell, x }))
        .filter(({ cell }) => cell.years.length > 0)
        .map(({ cell, x }) => ({
          value: [x, y, Math.min(cell.years.length, 3)] as [number, number, number],
          ref: {
            township: cell.township,
            year: cell.years.at(-1) as number,
            reportId: cell.items.at(-1)?.reportId ?? null,
            category: cell.category,
          },
          cell,
          label: cellLabel(matrixLabel(cell), cell.recurring ? "#fff" : t.text),
        })),
    );
  const tooltip = (p: TipParams): string => {
    const d = p.data as MatrixDatum;
    const cat = vm.categories[d.value[0]];
    let html = tipTitle(`${rows[d.value[1]] ?? ""} · ${cat?.label ?? ""}`);
    html += `<div>${escapeHtml(`${zh.shortcomings.yearsNamed}：${d.cell.years.join("、")}`)}</div>`;
    for (const it of d.cell.items.slice(0, 4))
      html += `<div style="margin-top:2px">${escapeHtml(`${it.year}年：${it.text}`)}</div>`;
    if (d.cell.recurring) html += tipNote("↻ 反复出现（两年及以上）", t);
    html += tipNote(zh.shortcomings.matrixClick, t);
    return html;
  };
  return {
    animation: false,
    grid: { left: 16, right: 24, top: 52, bottom: 48 },
    tooltip: { ...tooltipBase(t), trigger: "item", formatter: tooltip as never },
    xAxis: {
      type: "category",
      position: "top",
      data: vm.categories.map((c) => c.label),
      axisTick: { show: false },
      // No axis lines: between empty cells they read as stray rules.
      axisLine: { show: false },
      axisLabel: {
        color: t.text,
        interval: 0,
        fontSize: 12,
        lineHeight: 15,
        formatter: columnLabel as never,
      },
    },
    yAxis: {
      type: "category",
      inverse: true,
      data: rows,
      axisTick: { show: false },
      axisLine: { show: false },
      axisLabel: { color: t.text },
    },
    visualMap: heatLegend(t, [
      { value: 1, label: "1个年度", color: t.heat[0] },
      { value: 2, label: "2个年度（反复）", color: t.heat[2] },
      { value: 3, label: "3个及以上年度（反复）", color: t.heat[3] },
    ]),
    series: [heatSeries(t, { id: "shortcoming-matrix", name: zh.shortcomings.matrix, data })],
  };
}
