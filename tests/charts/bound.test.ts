import { describe, expect, it } from "vitest";
import { ALL_ROWS_LIMIT, boundRows, END_ROWS, middlePages, quantileOf } from "../../src/charts/bound";
import { rankingOption } from "../../src/charts/ranking";
import { trendsOption } from "../../src/charts/trends";
import type { RankBar, RankingVM, TrendsVM } from "../../src/derive";
import { indicatorDef } from "../../src/domain";

const bars = (n: number): RankBar[] =>
  Array.from({ length: n }, (_, i) => ({
    key: `k${i}`,
    label: `乡镇${i}`,
    value: n - i,
    approx: "exact",
    reportId: `r${i}`,
    prev: null,
    change: null,
    changeApprox: false,
  }));

describe("charts bounded by the screen", () => {
  it("a county draws every row; a province draws the ends, the highlight and gaps", () => {
    expect(boundRows(bars(ALL_ROWS_LIMIT), () => false).rows).toHaveLength(ALL_ROWS_LIMIT);
    const w = boundRows(bars(2000), (b) => b.key === "k1000");
    const shown = w.rows.filter((r) => r !== null);
    expect(shown).toHaveLength(2 * END_ROWS + 1);
    expect(shown.map((b) => b.key)).toContain("k1000");
    expect(w.rows.filter((r) => r === null)).toHaveLength(2);
    expect(w.hidden).toBe(2000 - shown.length);
  });

  it("pages walk through the middle of the ranking", () => {
    const pages = middlePages(2000);
    expect(pages).toBeGreaterThan(50);
    const last = boundRows(bars(2000), () => false, pages).rows.filter((r) => r !== null);
    expect(last.length).toBeLessThanOrEqual(4 * END_ROWS);
    expect(new Set(last.map((b) => b.key)).size).toBe(last.length);
  });

  it("the ranking chart of 2,000 townships has a bounded number of categories, ranks and no labels lost", () => {
    const vm: RankingVM = {
      indicator: indicatorDef("disputes_handled"),
      year: 2024,
      prevYear: null,
      bars: bars(2000),
      missing: [],
      median: 1000,
      highlight: "k1500",
    };
    const o = rankingOption(vm);
    const cats = (o.yAxis as { data: string[] }).data;
    expect(cats.length).toBeLessThan(60);
    expect(cats).toContain("1501. 乡镇1500");
    expect(cats.some((c) => c.includes("另有"))).toBe(true);
    expect(o.animation).toBe(false);
  });

  it("trends of many townships draw a band, the median and the highlighted line only", () => {
    const years = [2021, 2022, 2023];
    const vm: TrendsVM = {
      indicator: indicatorDef("disputes_handled"),
      mode: "absolute",
      years,
      series: Array.from({ length: 500 }, (_, i) => ({
        key: `k${i}`,
        label: `乡镇${i}`,
        points: years.map((year) => ({
          year,
          value: i,
          raw: i,
          approx: "exact" as const,
          status: "stated" as const,
          reportId: `r${i}-${year}`,
        })),
      })),
      median: [250, 250, 250],
      highlight: "k7",
      oneCounty: false,
      joined: true,
    };
    const series = trendsOption(vm).series as { id: string; data: unknown[] }[];
    expect(series.map((s) => s.id)).toEqual(["__band_low", "__band", "k7", "__median"]);
    const low = series[0]?.data[0] as [string, number];
    const span = series[1]?.data[0] as [string, number];
    expect(low[1]).toBeCloseTo(124.8, 1);
    expect(span[1]).toBeCloseTo(249.5, 1);
  });

  it("quantiles interpolate between ranks", () => {
    expect(quantileOf([], 0.5)).toBeNull();
    expect(quantileOf([1, 2, 3, 4], 0.25)).toBeCloseTo(1.75);
    expect(quantileOf([4, 1, 3, 2], 0.75)).toBeCloseTo(3.25);
  });
});
