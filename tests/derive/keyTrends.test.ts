import { describe, expect, it } from "vitest";
import { KEY_INDICATORS } from "../../src/domain";
import { keyTrendsOf, overviewOf, resolveYear, scopeOf } from "../../src/derive";
import { keyTrendsOption } from "../../src/charts";
import { buildReport, demoReports, sampleReports } from "../fixtures/dashboard";

const demo = scopeOf(demoReports, "示例县");
const panel = (vm: ReturnType<typeof keyTrendsOf>, id: string) =>
  vm.panels.find((p) => p.indicator.id === id)!;

describe("keyTrendsOf", () => {
  const vm = keyTrendsOf(demo, 2024);

  it("has one panel per ★ key indicator, each with every year in scope", () => {
    expect(vm.panels.map((p) => p.indicator.id)).toEqual(KEY_INDICATORS.map((d) => d.id));
    for (const p of vm.panels) expect(p.points.map((pt) => pt.year)).toEqual([2021, 2022, 2023, 2024]);
    expect(vm.focusYear).toBe(2024);
    expect(vm.oneCounty).toBe(true);
  });

  it.each([
    // year, median, townships stating, townships with a report
    [2021, 30, 3, 3],
    [2022, 60, 1, 2], // 河口乡 reports but does not state it; 许疃镇 sent no report
    [2023, 33, 4, 4], // even count: the mean of the middle two (26, 40)
    [2024, 28.5, 4, 4], // 河口乡 states 0: a stated zero counts, it is not a gap
  ])("调处纠纷数 %i: median %d from %i of %i townships", (year, median, stating, reports) => {
    expect(panel(vm, "disputes_handled").points.find((p) => p.year === year)).toEqual({
      year,
      median,
      stating,
      reports,
    });
  });

  it("the overview's year is the tile's median, for every key indicator and year", () => {
    for (const year of demo.years) {
      const tiles = overviewOf(demo, year).keyIndicators;
      const trends = keyTrendsOf(demo, year);
      for (const t of tiles) {
        const pt = panel(trends, t.indicator.id).points.find((p) => p.year === year)!;
        expect(pt.median, `${t.indicator.id} ${year}`).toBe(t.spread?.median ?? null);
        expect(pt.stating).toBe(t.stating);
      }
    }
  });

  it("a year nobody states is a gap (null), never 0; an unreadable report is not counted", () => {
    const silent = buildReport({
      township: "城关镇",
      county: "示例县",
      year: 2025,
      body: ["本年未写明数字。"],
    });
    const broken = {
      ...buildReport({ township: "许疃镇", county: "示例县", year: 2025, body: [] }),
      error: "坏文件",
    };
    const vm2 = keyTrendsOf(scopeOf([...demoReports, silent, broken], "示例县"), 2025);
    expect(panel(vm2, "publicity_events").points.at(-1)).toEqual({
      year: 2025,
      median: null,
      stating: 0,
      reports: 1,
    });
  });

  it("several counties in scope: the median is not called a county median", () => {
    expect(keyTrendsOf(scopeOf(sampleReports, null), 2023).oneCounty).toBe(false);
  });

  it("years whose reports come from different townships are not joined into a trend", () => {
    // The samples: five townships of five counties, each reporting once.
    expect(keyTrendsOf(scopeOf(sampleReports, null), 2023).joined).toBe(false);
    expect(keyTrendsOf(scopeOf(demoReports, "示例县"), 2024).joined).toBe(true);
    const opt = keyTrendsOption(keyTrendsOf(scopeOf(sampleReports, null), 2023));
    const widths = (opt.series as { lineStyle: { width: number } }[]).map((s) => s.lineStyle.width);
    expect(widths.every((w) => w === 0)).toBe(true);
  });

  it("the default year is the latest with at least half the reports of the busiest year", () => {
    // Samples: 2022 ×1, 2023 ×3, 2024 ×1 — the latest year alone would show one report.
    expect(resolveYear(scopeOf(sampleReports, null), null)).toBe(2023);
    expect(resolveYear(scopeOf(sampleReports, null), 2024)).toBe(2024);
    expect(resolveYear(scopeOf(sampleReports, null), 1999)).toBe(2023);
    const tie = sampleReports.slice(0, 2).map((r, i) => ({ ...r, year: 2020 + i }));
    expect(resolveYear(scopeOf(tie, null), null)).toBe(2021);
    // The demo county's latest year lacks one report (13 of 14) and is still the default.
    expect(resolveYear(demo, null)).toBe(2024);
    expect(resolveYear(scopeOf([], null), null)).toBeNull();
  });
});
