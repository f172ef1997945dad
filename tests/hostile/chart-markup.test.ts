// ECharts reads `{a}`, `{b}`, `{@[0]}`… in a string formatter as template tokens and `{style|text}`
// as rich text wherever a label has `rich` styles. A township named with such markup must be shown
// as it is written, in every chart: no string formatter may carry report text, and the names drawn
// by ECharts' own SVG renderer must read back literally.
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
} from "../../src/charts";
import { echarts } from "../../src/charts/echarts";
import "../../src/charts/parts/bar";
import "../../src/charts/parts/heatmap";
import "../../src/charts/parts/visualMap";
import "../../src/charts/parts/svg";
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

const MARKUP = "{a|x}{@[0]}{b}镇";
const reports = demoReports.map((r) => (r.township === EVIL_NAME ? { ...r, township: MARKUP } : r));
const scope = scopeOf(reports, "示例县");
const trends = trendsOf(scope, {
  indicator: "disputes_handled",
  townships: null,
  years: null,
  mode: "absolute",
  highlight: null,
} satisfies TrendsParams);
const key = trends.series.find((s) => s.label === MARKUP)?.key ?? "";

const charts: [string, ChartOption][] = [
  ["trends, the township highlighted", trendsOption({ ...trends, highlight: key })],
  ["ranking", rankingOption(rankingOf(scope, "disputes_handled", 2024, null))],
  ["completeness by indicator", byIndicatorOption(completenessOf(scope, 2024))],
  ["completeness by year", byYearOption(completenessOf(scope, 2024))],
  ["shortcomings matrix", matrixOption(shortcomingsOf(scope))],
  ["shortcomings by year", byYearStackOption(shortcomingsOf(scope))],
  ["key trends", keyTrendsOption(keyTrendsOf(scope, 2024))],
];

/** Every string-valued `formatter` in the option tree, with its path. */
function stringFormatters(v: unknown, path = "option", out: [string, string][] = []): [string, string][] {
  if (Array.isArray(v)) v.forEach((x, i) => stringFormatters(x, `${path}[${i}]`, out));
  else if (v && typeof v === "object")
    for (const [k, x] of Object.entries(v)) {
      if (k === "formatter" && typeof x === "string") out.push([`${path}.${k}`, x]);
      else stringFormatters(x, `${path}.${k}`, out);
    }
  return out;
}

function svgTexts(option: ChartOption): string[] {
  const chart = echarts.init(null, undefined, { renderer: "svg", ssr: true, width: 1200, height: 800 });
  chart.setOption({ ...option, animation: false });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) =>
    (m[1] ?? "")
      .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
      .replace(/&amp;/g, "&"),
  );
}

describe("chart labels never read report text as markup", () => {
  it("the fixture really has the township", () => expect(key).not.toBe(""));

  // A string formatter is a template: report text in it, or a token ({a}, {b}, {@…}) that ECharts
  // fills with report text which is then read as a template again, is markup from the data.
  it.each(charts)("%s: no string formatter carries a name or a template token", (_name, option) => {
    for (const [path, f] of stringFormatters(option)) {
      expect(f, path).not.toContain("镇");
      expect(f, path).not.toMatch(/[{}]/);
    }
  });

  it.each(charts.slice(0, 2).concat([charts[4]!]))("%s: the name is drawn literally", (_name, option) => {
    const texts = svgTexts(option);
    expect(texts).toContain(MARKUP);
    // Nothing drawn is the name with its markup consumed ("x", a value, or a category in its place).
    for (const t of texts.filter((x) => x.endsWith("镇") && x.includes("x"))) expect(t).toBe(MARKUP);
  });
});
