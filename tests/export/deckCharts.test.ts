import { readFileSync } from "node:fs";
import { echarts, ensureParts } from "../../src/charts/echarts";
import { describe, expect, it } from "vitest";
import { keyTrendsOption, rankingOption, rankLabel } from "../../src/charts";
import { keyTrendsOf, rankingOf, scopeOf, type RankingVM } from "../../src/derive";
import { KEY_INDICATOR_IDS, type StoredReport } from "../../src/domain";
import {
  DECK_LABEL_PX,
  deckKeyTrendsOption,
  deckRanking,
  deckRankingOption,
} from "../../src/export/deckCharts";
import { emWidth } from "../../src/export/textFit";
import { COUNTY, fixtureReports } from "./fixture";

const reportsOf = (file: string): StoredReport[] =>
  (JSON.parse(readFileSync(file, "utf8")) as { reports: StoredReport[] }).reports;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
interface El {
  shape: Box;
}

/** Unescapes the few entities ECharts writes into SVG text. */
const unescape = (t: string) =>
  t
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"')
    .replaceAll("&#39;", "'")
    .replaceAll("&amp;", "&");

/**
 * Lays the deck's ranking out in ECharts (server-side, no canvas) at the slide's chart box, draws
 * it as SVG and reads back where each bar and each bar's figure ended up.
 */
async function laidOut(vm: RankingVM, width: number, height: number) {
  // The app's own ECharts core and parts, registered as the export registers them.
  const option = { ...deckRankingOption(rankingOption(vm), vm), animation: false };
  await ensureParts(option, "svg");
  const chart = echarts.init(null as unknown as HTMLElement, null, {
    renderer: "svg",
    ssr: true,
    width,
    height,
  });
  chart.setOption(option);
  const svg = chart.renderToSVGString();
  // Every drawn text with its anchor point (ECharts writes translate(x y) on each <text>).
  const texts = [...svg.matchAll(/<text\b([^>]*)>([^<]*)<\/text>/g)].map((m) => {
    const t = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(m[1]!);
    return {
      x: Number(t?.[1]),
      y: Number(t?.[2]),
      anchor: /text-anchor="(\w+)"/.exec(m[1]!)?.[1],
      text: unescape(m[2]!),
    };
  });
  const data = (
    chart as unknown as {
      getModel(): {
        getSeriesByIndex(i: number): { getData(): { count(): number; getItemGraphicEl(i: number): El } };
      };
    }
  )
    .getModel()
    .getSeriesByIndex(0)
    .getData();
  const out: { bar: Box; label: { x: number; y: number; width: number; anchor?: string } }[] = [];
  for (let i = 0; i < data.count(); i++) {
    const { x, y, width: w, height: h } = data.getItemGraphicEl(i).shape;
    const text = rankLabel(vm, vm.bars[i]!);
    const found = texts.filter((t) => t.text === text && Math.abs(t.y - (y + h / 2)) < h);
    expect(found, text).toHaveLength(1);
    // A bar's rect may have a negative width (drawn leftwards); normalise.
    out.push({
      bar: { x: Math.min(x, x + w), y, width: Math.abs(w), height: h },
      label: { ...found[0]!, width: emWidth(text) * DECK_LABEL_PX },
    });
  }
  const median = vm.median === null ? null : chart.convertToPixel({ gridIndex: 0 }, [vm.median, 0])[0]!;
  chart.dispose();
  return { out, median };
}

describe("deck charts", () => {
  it("shows the five highest and five lowest of a long ranking, the county's median kept", () => {
    const many: StoredReport[] = Array.from({ length: 14 }, (_, i) => ({
      ...fixtureReports[0]!,
      id: `r${i}`,
      township: `第${i + 1}镇`,
      year: 2024,
      indicators: [{ ...fixtureReports[0]!.indicators[1]!, value: i + 1 }],
    }));
    const vm = rankingOf(scopeOf(many, COUNTY), "disputes_handled", 2024);
    const shown = deckRanking(vm);
    expect(shown.bars.map((b) => b.value)).toEqual([14, 13, 12, 11, 10, 5, 4, 3, 2, 1]);
    expect(shown.median).toBe(vm.median);
  });

  it("labels every bar and writes only the year under the small multiples", () => {
    const scope = scopeOf(fixtureReports, COUNTY);
    const vm = rankingOf(scope, "disputes_handled", 2024);
    const r = deckRankingOption(rankingOption(vm), vm);
    expect((r.yAxis as { axisLabel: { interval: number; fontSize: number } }[])[0]!.axisLabel).toMatchObject({
      interval: 0,
      fontSize: 14,
    });
    const k = deckKeyTrendsOption(keyTrendsOption(keyTrendsOf(scope, 2024)));
    const x = (k.xAxis as { axisLabel: { formatter: (y: string) => string } }[])[0]!;
    expect(x.axisLabel.formatter("2023")).toBe("23年");
    // Each point carries its median: the value axes give their room to the years.
    for (const y of k.yAxis as { axisLabel: { show: boolean } }[]) expect(y.axisLabel.show).toBe(false);
  });

  it.each([
    ["示例县", "data/demo/extracted/reports.json", 2024],
    ["示例县", "data/demo/extracted/reports.json", 2022],
    ["城口县", "data/extracted/reports.json", 2023],
    [COUNTY, "", 2024],
  ])(
    "%s (%s) %i: every bar label stands clear of every bar end and the median line",
    async (county, file, year) => {
      const reports = file ? reportsOf(file) : fixtureReports;
      const scope = scopeOf(reports, county);
      let drawn = 0;
      for (const id of KEY_INDICATOR_IDS) {
        const vm = deckRanking(rankingOf(scope, id, year));
        if (vm.bars.length === 0) continue;
        const width = 648;
        const { out, median } = await laidOut(vm, width, 260);
        expect(out).toHaveLength(vm.bars.length);
        const barEnd = Math.max(...out.map((o) => o.bar.x + o.bar.width));
        for (const { label } of out) {
          // Left-aligned in one column right of the longest bar and of the median line, and
          // inside the image (its row was matched in laidOut).
          expect(label.anchor).toBe("start");
          expect(label.x, `${id}: label after bar end`).toBeGreaterThanOrEqual(barEnd + 4);
          if (median !== null) expect(label.x).toBeGreaterThan(median + 4);
          expect(label.x + label.width, `${id}: label inside the image`).toBeLessThanOrEqual(width);
          expect(label.x).toBe(out[0]!.label.x);
        }
        drawn++;
      }
      expect(drawn).toBeGreaterThan(0);
    },
  );
});
