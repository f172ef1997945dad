// The floor page of `npm run bench`: no framework, the same records file as the app's samples, the
// same ECharts build and the same chart (the overview's key-indicator medians). What the app's
// first chart is compared with.
import files from "virtual:datasets";
import { echarts } from "../../src/charts/echarts";
import { keyTrendsOption } from "../../src/charts/keyTrends";
import { parseRecordsFile } from "../../src/data/parse";
import { keyTrendsOf, resolveYear, scopeOf } from "../../src/derive";

const url = files.samples?.records;
if (!url) throw new Error("no samples");
const parsed = parseRecordsFile(await (await fetch(url)).json());
if (!parsed.ok) throw new Error(parsed.reason);
const scope = scopeOf(parsed.data.reports, null);
const year = resolveYear(scope, null);
const el = document.getElementById("chart");
if (el && year !== null) {
  const chart = echarts.init(el, undefined, { renderer: "canvas" });
  chart.on("rendered", () => {
    if (performance.getEntriesByName("first-chart").length === 0) performance.mark("first-chart");
  });
  chart.setOption(keyTrendsOption(keyTrendsOf(scope, year)));
}
