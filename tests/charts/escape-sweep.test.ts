// Every HTML tooltip of every chart, for every mark, on a county whose township name and
// shortcoming text carry markup: nothing from a report reaches the tooltip's HTML unescaped.
// (Axis labels, legends and bar labels are drawn on the canvas as text, so they cannot run markup.)
import { describe, expect, it } from "vitest";
import {
  byIndicatorOption,
  byYearOption,
  byYearStackOption,
  keyTrendsOption,
  matrixOption,
  rankingOption,
  trendsOption,
  type ChartOption,
  type TipParams,
} from "../../src/charts";
import {
  completenessOf,
  keyTrendsOf,
  rankingOf,
  scopeOf,
  shortcomingsOf,
  trendsOf,
  type TrendsParams,
} from "../../src/derive";
import { demoReports, EVIL_NAME } from "../fixtures/dashboard";

const scope = scopeOf(demoReports, "示例县");
const trendParams: TrendsParams = {
  indicator: "disputes_handled",
  townships: null,
  years: null,
  mode: "absolute",
  highlight: null,
};

const charts: [string, ChartOption][] = [
  ["trends", trendsOption(trendsOf(scope, trendParams))],
  ["trends relative", trendsOption(trendsOf(scope, { ...trendParams, mode: "relative" }))],
  ["ranking", rankingOption(rankingOf(scope, "disputes_handled", 2024, null))],
  ["completeness by indicator", byIndicatorOption(completenessOf(scope, 2024))],
  ["completeness by year", byYearOption(completenessOf(scope, 2024))],
  ["shortcomings matrix", matrixOption(shortcomingsOf(scope))],
  ["shortcomings by year", byYearStackOption(shortcomingsOf(scope))],
  ["key trends", keyTrendsOption(keyTrendsOf(scope, 2024))],
];

type Series = { name?: string; data?: unknown[] };
type Tooltip = { trigger?: string; formatter: (p: TipParams | TipParams[]) => string };

/** What ECharts passes the formatter for each mark (the item, or the axis's items for trigger axis). */
function everyTooltip(o: ChartOption): string[] {
  const tip = o.tooltip as Tooltip;
  const series = o.series as Series[];
  const params = series.flatMap((s, seriesIndex) =>
    (s.data ?? []).map((data, dataIndex): TipParams => ({
      seriesName: s.name,
      seriesIndex,
      dataIndex,
      data,
      value: (data as { value?: unknown })?.value ?? data,
    })),
  );
  if (tip.trigger === "axis") {
    const byIndex = new Map<number, TipParams[]>();
    for (const p of params) byIndex.set(p.dataIndex, [...(byIndex.get(p.dataIndex) ?? []), p]);
    return [...byIndex.values()].map((ps) => tip.formatter(ps));
  }
  return params.map((p) => tip.formatter(p));
}

describe("tooltips escape report text", () => {
  it.each(charts)("%s", (_name, option) => {
    const html = everyTooltip(option).join("\n");
    expect(html.length).toBeGreaterThan(0);
    expect(html).not.toMatch(/<img|<b>|<script/i);
  });

  it("the township name and item text do arrive, escaped", () => {
    const all = charts.map(([, o]) => everyTooltip(o).join("\n")).join("\n");
    expect(all).toContain("&lt;img src=x onerror=alert(1)&gt;镇");
    expect(all).toContain("&lt;b&gt;其他&lt;/b&gt;问题");
    expect(EVIL_NAME).toContain("<img");
  });
});
