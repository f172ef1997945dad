// The floor page of `npm run bench`: no framework, the same records file as the app's samples, the
// same ECharts build and the same chart as the app's first one (the overview's key-indicator
// medians) — with the same frame (title, subtitle, source line, drawn by frameOption inside the
// chart) in a box of the same size (the width the page gives it, 280 px high: what the overview's
// chart gets at the bench's 1366×768). What the app's first chart is compared with.
import files from "virtual:datasets";
import { echarts } from "../../src/charts/echarts";
import { frameOption } from "../../src/charts/frame";
import { keyTrendsOption } from "../../src/charts/keyTrends";
import { fitLegend } from "../../src/charts/legend";
import { parseRecordsFile } from "../../src/data/parse";
import { keyTrendsOf, resolveYear, scopeOf } from "../../src/derive";
import { zh } from "../../src/text/zh";

const url = files.samples?.records;
if (!url) throw new Error("no samples");
const parsed = parseRecordsFile(await (await fetch(url)).json());
if (!parsed.ok) throw new Error(parsed.reason);
const scope = scopeOf(parsed.data.reports, null);
const year = resolveYear(scope, null);
const el = document.getElementById("chart");
if (el && year !== null) {
  const vm = keyTrendsOf(scope, year);
  // The caption the app's overview draws for the samples (src/components/useCaption.ts).
  const caption = {
    title: zh.overview.trendTitle,
    subtitle: zh.overview.trendSubtitle(vm.oneCounty, vm.joined),
    source: `${zh.source}（${zh.datasets.samples}）`,
    fictional: false,
  };
  const size = { width: el.clientWidth, height: el.clientHeight };
  const chart = echarts.init(el, undefined, { renderer: "canvas" });
  chart.on("rendered", () => {
    if (performance.getEntriesByName("first-chart").length === 0) performance.mark("first-chart");
  });
  chart.setOption(frameOption(fitLegend(keyTrendsOption(vm), size), caption, size));
}
