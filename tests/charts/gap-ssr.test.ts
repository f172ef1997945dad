// Renders the trends option with ECharts' server-side SVG renderer and reads the drawn line: the
// proof that a year without a figure is a gap in the picture, not a point at 0.
import { describe, expect, it } from "vitest";
import { echarts } from "../../src/charts/echarts";
// Registered on demand in the app (ensureParts); SSR here needs the SVG renderer up front.
import "../../src/charts/parts/svg";
import { trendsOption } from "../../src/charts";
import { scopeOf, trendsOf } from "../../src/derive";
import { buildReport } from "../fixtures/dashboard";

function render(values: (number | null)[]): string {
  const reports = values.flatMap((v, i) =>
    v === null
      ? [buildReport({ township: "甲镇", county: "县", year: 2020 + i, body: ["本年未写明。"] })]
      : [
          buildReport({
            township: "甲镇",
            county: "县",
            year: 2020 + i,
            body: [{ id: "disputes_handled", phrase: `调处纠纷${v}起`, value: v }],
          }),
        ],
  );
  const vm = trendsOf(scopeOf(reports, null), {
    indicator: "disputes_handled",
    townships: null,
    years: null,
    mode: "absolute",
    highlight: null,
  });
  const option = trendsOption(vm);
  option.series = (option.series as object[]).filter((s) => (s as { id: string }).id !== "__median");
  option.animation = false;
  const chart = echarts.init(null, undefined, { renderer: "svg", ssr: true, width: 400, height: 300 });
  chart.setOption(option);
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

/** The `d` of the series line: the one path with several L commands and no fill. */
function linePath(svg: string): string {
  const paths = [...svg.matchAll(/<path d="([^"]+)"[^>]*fill="none"[^>]*stroke="#1f5fa8"/g)].map(
    (m) => m[1] as string,
  );
  const line = paths.find((d) => /L/.test(d));
  if (!line) throw new Error("no line path in SVG");
  return line;
}

describe("a gap is not drawn as 0 (SSR)", () => {
  it("splits the line at the missing year instead of dropping to the axis", () => {
    const withGap = linePath(render([10, 20, null, 30, 40]));
    expect(withGap.match(/M/g)).toHaveLength(2);
    const full = linePath(render([10, 20, 0, 30, 40]));
    expect(full.match(/M/g)).toHaveLength(1);
  });
});
