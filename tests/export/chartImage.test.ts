import { describe, expect, it } from "vitest";
import { echarts } from "../../src/charts/echarts";
// Registered on demand in the app (ensureParts); SSR here needs them up front.
import "../../src/charts/parts/bar";
import "../../src/charts/parts/svg";
import { frameOption, rankingOption } from "../../src/charts";
import { rankingOf, scopeOf } from "../../src/derive";
import { EXPORT_FONT, exportOption, exportTheme, singleQuoteFonts } from "../../src/export/chartImage";
import { COUNTY, fixtureReports } from "./fixture";

describe("singleQuoteFonts", () => {
  it("rewrites every fontFamily and keeps functions and other values", () => {
    const fmt = () => "x";
    const out = singleQuoteFonts({
      textStyle: { fontFamily: '"A B", sans-serif' },
      series: [{ label: { formatter: fmt, fontFamily: '"C"' } }],
      title: { text: '"quoted" title' },
    });
    expect(out.textStyle.fontFamily).toBe("'A B', sans-serif");
    expect(out.series[0]!.label.fontFamily).toBe("'C'");
    expect(out.series[0]!.label.formatter).toBe(fmt);
    expect(out.title.text).toBe('"quoted" title');
  });
});

describe("exported SVG", () => {
  it("is well-formed where ECharts writes the font into a style attribute", () => {
    const vm = rankingOf(scopeOf(fixtureReports, COUNTY), "disputes_handled", 2024);
    const size = { width: 960, height: 540 };
    const caption = {
      title: "调处纠纷数：2024年各乡镇排名",
      subtitle: "测试县",
      source: "数据来源",
      fictional: true,
    };
    const option = exportOption(frameOption(rankingOption(vm, exportTheme), caption, size, exportTheme));
    const chart = echarts.init(null, null, { renderer: "svg", ssr: true, ...size });
    chart.setOption(option);
    const svg = chart.renderToSVGString();
    chart.dispose();
    const styles = [...svg.matchAll(/style="([^"]*)"/g)].map((m) => m[1]!);
    expect(styles.some((s) => s.includes(`font-family:${EXPORT_FONT}`))).toBe(true);
    // An attribute value that ran into the next attribute would leave `"` + a letter inside a tag.
    for (const tag of svg.match(/<[^>]+>/g) ?? []) expect(tag).not.toMatch(/"[A-Za-z ,'-]+"[^\s/>]/);
    expect(svg).toContain("调处纠纷数：2024年各乡镇排名");
    expect(svg).toContain("虚构示例数据");
  });
});
