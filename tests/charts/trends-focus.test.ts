import { describe, expect, it } from "vitest";
import { theme, trendRoles, trendsOption, type ChartOption } from "../../src/charts";
import { scopeOf, trendsOf, type TrendsParams } from "../../src/derive";
import { readFileSync } from "node:fs";
import type { ReportRecord } from "../../src/domain";

// 趋势 opens on the median and the top and bottom townships, never 14 tangled lines in repeating
// colours; legend markers are solid (a hollow point means 约数).
// The bundled demo county: 14 townships × 4 years.
const demoReports = (
  JSON.parse(readFileSync("data/demo/extracted/reports.json", "utf8")) as { reports: ReportRecord[] }
).reports;
const demo = scopeOf(demoReports, "示例县");
const params: TrendsParams = {
  indicator: "disputes_handled",
  townships: null,
  years: null,
  mode: "absolute",
  highlight: null,
};
type S = { id: string; name: string; color: string; symbol?: string; lineStyle: { width: number } };
const seriesOf = (o: ChartOption) => (o.series as S[]).filter((s) => !s.id.startsWith("__"));
const latest = (vm: ReturnType<typeof trendsOf>, key: string) =>
  vm.series.find((s) => s.key === key)?.points.findLast((p) => p.raw !== null)?.raw ?? null;

describe("趋势 focus", () => {
  const vm = trendsOf(demo, params);

  it("colours the top two and bottom two by the latest figure; the rest are faint grey", () => {
    expect(vm.series.length).toBeGreaterThan(10);
    const roles = trendRoles(vm, "focus");
    const coloured = [...roles].filter(([, r]) => r.role === "coloured").map(([k]) => k);
    expect(coloured).toHaveLength(4);
    const figures = vm.series.map((s) => latest(vm, s.key)).filter((v): v is number => v !== null);
    figures.sort((a, b) => b - a);
    const picked = coloured.map((k) => latest(vm, k) as number).sort((a, b) => b - a);
    expect(picked).toEqual([figures[0], figures[1], figures.at(-2), figures.at(-1)]);
    const others = [...roles.values()].filter((r) => r.role === "other");
    expect(others.every((r) => r.colour === theme.dimmed)).toBe(true);
  });

  it("never repeats a colour within one chart, in either mode", () => {
    for (const show of ["focus", "all"] as const) {
      const opt = trendsOption(vm, theme, show);
      const colours = seriesOf(opt)
        .map((s) => s.color)
        .filter((c) => c !== theme.dimmed && c !== theme.muted);
      expect(new Set(colours).size).toBe(colours.length);
      expect(colours.length).toBe(show === "focus" ? 4 : theme.palette.length);
    }
  });

  it("groups the grey lines under one legend entry and keeps markers solid", () => {
    const opt = trendsOption(vm);
    const legend = opt.legend as { data: string[]; icon: string };
    expect(legend.icon).toBe("roundRect");
    expect(legend.data).toContain(`其他${vm.series.length - 4}个乡镇`);
    expect(legend.data).toHaveLength(1 + 4 + 1);
    expect(seriesOf(opt).every((s) => s.symbol === "circle")).toBe(true);
  });

  it("a highlighted township takes the accent and every other line is grey", () => {
    const key = vm.series[3]!.key;
    const opt = trendsOption(trendsOf(demo, { ...params, highlight: key }), theme, "all");
    const s = seriesOf(opt);
    expect(s.find((x) => x.id === key)?.color).toBe(theme.accent);
    expect(s.filter((x) => x.id !== key).every((x) => x.color === theme.dimmed)).toBe(true);
  });

  it("a few picked townships each get their own colour", () => {
    const keys = vm.series.slice(0, 3).map((s) => s.key);
    const opt = trendsOption(trendsOf(demo, { ...params, townships: keys }));
    const colours = seriesOf(opt).map((x) => x.color);
    expect(colours).toHaveLength(3);
    expect(new Set(colours).size).toBe(3);
    expect(colours.every((c) => theme.palette.includes(c))).toBe(true);
  });
});
