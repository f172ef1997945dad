import { describe, expect, it } from "vitest";
import { echarts } from "../../src/charts/echarts";
// Registered on demand in the app (ensureParts); SSR here needs the SVG renderer up front.
import "../../src/charts/parts/svg";
import {
  frameOption,
  keyTrendsOption,
  theme,
  type ChartOption,
  type KeyTrendDatum,
  type TipParams,
} from "../../src/charts";
import { keyTrendsOf, scopeOf } from "../../src/derive";
import { buildReport, demoReports } from "../fixtures/dashboard";

const demo = scopeOf(demoReports, "示例县");
const vm = keyTrendsOf(demo, 2023);
const opt = keyTrendsOption(vm);
type Series = {
  id: string;
  xAxisIndex: number;
  yAxisIndex: number;
  connectNulls: boolean;
  data: KeyTrendDatum[];
};
const series = (o: ChartOption) => o.series as Series[];
const tip = (o: ChartOption) => (o.tooltip as { formatter: (p: TipParams) => string }).formatter;

describe("keyTrendsOption", () => {
  it("draws one small panel per key indicator, side by side, each on its own axes", () => {
    const grids = opt.grid as { left: string; width: string; outerBoundsMode: string }[];
    expect(grids).toHaveLength(4);
    expect(grids.map((g) => g.left)).toEqual(["1.2%", "26.2%", "51.2%", "76.2%"]);
    expect(grids.every((g) => g.outerBoundsMode === "same")).toBe(true);
    expect(series(opt).map((s) => [s.xAxisIndex, s.yAxisIndex])).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    expect((opt.title as { text: string }[]).map((t) => t.text)).toEqual([
      "★ 法律顾问覆盖率（%）",
      "★ 调处纠纷数（起）",
      "★ 调解成功率（%）",
      "★ 普法活动场次（场次）",
    ]);
  });

  it("a year nobody states is null and the line is not joined over it", () => {
    const silent = buildReport({ township: "城关镇", county: "示例县", year: 2025, body: ["无数字。"] });
    const o = keyTrendsOption(keyTrendsOf(scopeOf([...demoReports, silent], "示例县"), 2025));
    const events = series(o).find((s) => s.id === "key-publicity_events")!;
    expect(events.connectNulls).toBe(false);
    expect(events.data.at(-1)?.value).toEqual(["2025", null]);
  });

  it("marks the overview's year, and a click on a point names the ranking to open", () => {
    const handled = series(opt).find((s) => s.id === "key-disputes_handled")!;
    const focus = handled.data.find((d) => d.point.year === 2023)!;
    const other = handled.data.find((d) => d.point.year === 2022)!;
    expect(focus.itemStyle.color).toBe(theme.accent);
    expect(focus.symbolSize).toBeGreaterThan(other.symbolSize);
    expect(focus.ref).toEqual({ indicator: "disputes_handled", year: 2023 });
  });

  it("says under each year how many townships stated the figure", () => {
    const x = (opt.xAxis as { axisLabel: { formatter: (v: string) => string } }[])[1]!;
    expect(x.axisLabel.formatter("2022")).toBe("{y|2022}\n{n|1/2}");
  });

  it("percentages run 0–100 in quarters; counts start at 0", () => {
    const y = opt.yAxis as { min: number; max?: number; interval?: number }[];
    expect(y[0]).toMatchObject({ min: 0, max: 100, interval: 25 });
    expect(y[1]).toMatchObject({ min: 0 });
    expect(y[1]?.max).toBeUndefined();
  });

  it("the tooltip gives the median, how many stated it, and where a click leads", () => {
    const handled = series(opt).find((s) => s.id === "key-disputes_handled")!;
    const d = handled.data.find((p) => p.point.year === 2023)!;
    const html = tip(opt)({ seriesIndex: 1, dataIndex: 2, data: d });
    expect(html).toContain("调处纠纷数 · 2023年");
    expect(html).toContain("全县中位数</span> 33起");
    expect(html).toContain("4/4 个乡镇");
    expect(html).toContain("点击查看该年排名");
  });

  it("inside the caption frame the panel headings sit below the caption, after the frame's title", () => {
    const framed = frameOption(
      opt,
      { title: "关键指标历年中位数", source: "来源", fictional: false },
      {
        width: 1300,
        height: 300,
      },
    );
    const titles = framed.title as { id?: string; text: string; top: number }[];
    expect(titles[0]).toMatchObject({ id: "frame-title", text: "关键指标历年中位数" });
    const gridTop = (framed.grid as { top: number }[])[0]!.top;
    for (const t of titles.slice(1)) {
      expect(t.top).toBeGreaterThan(40);
      expect(t.top).toBeLessThan(gridTop);
    }
  });

  it("renders (SSR) with every panel heading and no point for a missing year", () => {
    const framed = frameOption(
      opt,
      { title: "关键指标历年中位数", source: "来源", fictional: true },
      {
        width: 1300,
        height: 320,
      },
    );
    const chart = echarts.init(null, undefined, { renderer: "svg", ssr: true, width: 1300, height: 320 });
    chart.setOption({ ...framed, animation: false });
    const svg = chart.renderToSVGString();
    chart.dispose();
    for (const t of ["★ 法律顾问覆盖率（%）", "★ 普法活动场次（场次）", "1/2"]) expect(svg).toContain(t);
  });
});
