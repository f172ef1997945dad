import { describe, expect, it } from "vitest";
import {
  byYearStackOption,
  columnLabel,
  fitLegend,
  legendRows,
  trendsOption,
  type ChartOption,
} from "../../src/charts";
import { SHORTCOMING_DEFS } from "../../src/domain";
import { scopeOf, shortcomingsOf, trendsOf } from "../../src/derive";
import { demoReports } from "../fixtures/dashboard";
import { COUNTY, fixtureReports } from "../export/fixture";

const demo = scopeOf(demoReports, "示例县");
const trends = trendsOption(
  trendsOf(demo, {
    indicator: "disputes_handled",
    townships: null,
    years: null,
    mode: "absolute",
    highlight: null,
  }),
);
const legendOf = (o: ChartOption) => o.legend as { type: string };
const bottomOf = (o: ChartOption) => (o.grid as { bottom: number }).bottom;

describe("fitLegend", () => {
  it("wraps a scroll legend onto plain rows when the names fit, and lifts the plot for the extra rows", () => {
    const wide = fitLegend(trends, { width: 1200, height: 500 });
    expect(legendOf(wide).type).toBe("plain");
    expect(bottomOf(wide)).toBe(bottomOf(trends));
    // Narrower: the same legend takes more rows, 22 px each.
    const narrow = fitLegend(trends, { width: 300, height: 500 });
    expect(legendOf(narrow).type).toBe("plain");
    expect(bottomOf(narrow) - bottomOf(trends)).toBeGreaterThanOrEqual(22);
    expect((bottomOf(narrow) - bottomOf(trends)) % 22).toBe(0);
  });

  it("keeps paging when the names would take more than three rows (dozens of townships)", () => {
    const many = {
      ...trends,
      legend: { ...(trends.legend as object), data: Array.from({ length: 60 }, (_, i) => `第${i}乡镇`) },
    };
    expect(legendOf(fitLegend(many as ChartOption, { width: 800, height: 500 })).type).toBe("scroll");
  });

  it("leaves other legends and the builder's option alone", () => {
    const stack = byYearStackOption(shortcomingsOf(demo));
    fitLegend(stack, { width: 600, height: 400 });
    expect(legendOf(stack).type).toBe("scroll");
    const plain = { ...stack, legend: { type: "plain" } } as ChartOption;
    expect(fitLegend(plain, { width: 600, height: 400 })).toBe(plain);
    // Before the first measurement the width is 0: nothing to fit yet.
    expect(fitLegend(stack, { width: 0, height: 400 })).toBe(stack);
  });

  it("counts rows as ECharts wraps them", () => {
    expect(legendRows([], 500)).toBe(1);
    expect(legendRows(["一二三四"], 10)).toBe(1);
    // Each entry is 30 px of icon + 48 px of text + 10 px gap = 88 px.
    expect(legendRows(["一二三四", "一二三四", "一二三四"], 180)).toBe(2);
  });
});

// The image export's use (export/actions.ts): every entry listed, however many rows it takes.
describe("fitLegend with maxRows = Infinity (image export)", () => {
  const unrollLegend = (o: ChartOption, size: { width: number; height: number }) =>
    fitLegend(o, size, Infinity);

  it("wraps names into rows like ECharts", () => {
    expect(legendRows(["甲镇", "乙镇"], 900)).toBe(1);
    expect(
      legendRows(
        Array.from({ length: 20 }, () => "东城街道"),
        400,
      ),
    ).toBeGreaterThan(3);
  });

  it("turns a scrolling legend plain and moves the plot up by the extra rows", () => {
    const vm = trendsOf(scopeOf(fixtureReports, COUNTY), {
      indicator: "disputes_handled",
      townships: null,
      years: null,
      mode: "absolute",
      highlight: null,
    });
    const option = trendsOption(vm);
    const before = option.grid as { bottom: number };
    const narrow = unrollLegend(option, { width: 200, height: 300 });
    expect((narrow.legend as { type: string }).type).toBe("plain");
    expect((narrow.grid as { bottom: number }).bottom).toBeGreaterThan(before.bottom);
    const wide = unrollLegend(option, { width: 1600, height: 300 });
    expect((wide.grid as { bottom: number }).bottom).toBe(before.bottom);
    // The builder's own option is left untouched.
    expect((option.legend as { type: string }).type).toBe("scroll");
  });
});

describe("columnLabel", () => {
  it.each([
    ["其他", "其他"],
    ["部门重视不够", "部门重视\n不够"],
    ["普法形式单一", "普法形式\n单一"],
    ["依法行政能力不足", "依法行政\n能力不足"],
    ["法律服务平台利用低", "法律服务\n平台利用低"],
    ["规范性文件审查不完善", "规范性文件\n审查不完善"],
  ])("%s → two balanced lines", (label, out) => {
    expect(columnLabel(label)).toBe(out);
  });
  it("never leaves a single character on its own line for any catalogue label", () => {
    for (const d of SHORTCOMING_DEFS) {
      for (const line of columnLabel(d.label).split("\n"))
        expect([...line].length, d.label).toBeGreaterThan(1);
    }
  });
});
