import { describe, expect, it } from "vitest";
import { byIndicatorOption, byYearOption, theme, type CompletenessDatum } from "../../src/charts";
import {
  completenessOf,
  countyCompleteness,
  countyScope,
  missingOf,
  NO_COUNTY,
  orderByMissing,
  scopeOf,
} from "../../src/derive";
import type { ReportRecord } from "../../src/domain";
import { buildReport, type FigureSpec } from "../fixtures/dashboard/build";

// 完整性 (issue 11): a computed rate reads 推算, rows come most-missing first, the two grids give a
// colour one meaning, and a province is grouped by county (issue 9).
const adv = (value: number, basis: "stated" | "derived" = "stated"): FigureSpec => ({
  id: "legal_advisor_coverage_pct",
  phrase: `法律顾问覆盖率${value}%`,
  value,
  basis,
});
const disp: FigureSpec = { id: "disputes_handled", phrase: "调处纠纷30起", value: 30 };
const rate: FigureSpec = { id: "dispute_resolution_pct", phrase: "调解成功率90%", value: 90 };
const pub: FigureSpec = { id: "publicity_events", phrase: "开展普法活动12场次", value: 12 };
const rep = (township: string, year: number, body: FigureSpec[], county = "甲县"): ReportRecord =>
  buildReport({ township, county, year, body });

const reports = [
  rep("甲镇", 2024, [adv(100, "derived"), disp, rate, pub]),
  rep("乙镇", 2024, [disp]),
  rep("丙镇", 2024, [adv(90), disp, rate]),
  rep("丁镇", 2023, [adv(90), disp, rate, pub]),
  rep("丙镇", 2023, [adv(90), disp, rate, pub]),
];
const scope = scopeOf(reports, "甲县");
const vm = completenessOf(scope, 2024);

describe("完整性", () => {
  it("marks a computed figure 推算, never 已写明, in its label, tooltip and colour", () => {
    const row = vm.townships.findIndex((t) => t.label === "甲镇");
    expect(vm.byIndicator[row]?.[0]).toMatchObject({ derived: true, status: "stated", value: 100 });
    const opt = byIndicatorOption(vm);
    const data = (opt.series as { data: CompletenessDatum[] }[])[0]!.data;
    const cell = data.find((d) => d.cell.township === vm.townships[row]!.key && d.value[0] === 0)!;
    expect(cell.label.formatter).toBe("100 推算");
    const pieces = (opt.visualMap as { pieces: { value: number; label: string; color: string }[] }).pieces;
    const piece = pieces.find((p) => p.value === cell.value[2]);
    expect(piece).toMatchObject({ label: "推算", color: theme.derived });
    const html = (opt.tooltip as { formatter: (p: unknown) => string }).formatter({ data: cell });
    expect(html).toContain("推算");
    expect(html).not.toContain("已写明");
  });

  it("orders rows by what is missing: no report, then most missing, then by name", () => {
    const ordered = orderByMissing(vm);
    expect(ordered.townships.map((t) => t.label)).toEqual(["丁镇", "乙镇", "丙镇", "甲镇"]);
    expect(ordered.townships.map((_, i) => missingOf(ordered, i).year)).toEqual([4, 3, 1, 0]);
    // The two grids stay row-aligned.
    ordered.townships.forEach((t, i) => {
      expect(ordered.byIndicator[i]?.[0]?.township).toBe(t.key);
      expect(ordered.byYear[i]?.[0]?.township).toBe(t.key);
    });
  });

  it("gives a colour one meaning across the grids: no light green for 3/4", () => {
    const year = byYearOption(vm);
    const ind = byIndicatorOption(vm);
    const colours = (o: typeof year) =>
      (o.visualMap as { pieces: { label: string; color: string }[] }).pieces;
    const zero = colours(ind).find((p) => p.label === "写明为0")!.color;
    const absent = colours(ind).find((p) => p.label === "未写明")!.color;
    const yearPieces = colours(year);
    expect(yearPieces.find((p) => p.label === "3/4")!.color).toBe(absent);
    expect(yearPieces.map((p) => p.color)).not.toContain(zero);
    expect(yearPieces.find((p) => p.label === "4/4")!.color).toBe(theme.status.stated);
  });

  it("bolds the highlighted township's row label in both grids", () => {
    const key = vm.townships[1]!.key;
    for (const o of [byIndicatorOption(vm, theme, key), byYearOption(vm, theme, key)]) {
      const data = (o.yAxis as { data: unknown[] }).data;
      expect(data[1]).toMatchObject({ value: vm.townships[1]!.label, textStyle: { fontWeight: "bold" } });
      expect(typeof data[0]).toBe("string");
    }
  });
});

describe("完整性 at province scale", () => {
  const many: ReportRecord[] = [];
  for (let i = 0; i < 30; i++) many.push(rep(`甲${i}镇`, 2024, [adv(100), disp, rate, pub], "甲县"));
  for (let i = 0; i < 20; i++)
    many.push(rep(`乙${i}镇`, 2024, i < 5 ? [disp] : [adv(90), disp, rate, pub], "乙县"));
  many.push(buildReport({ township: "无县镇", county: null, year: 2024, body: [disp] }));
  const wide = scopeOf(many, null);

  it("one row per county with shares, most lacking first, 未定位 kept", () => {
    const rows = countyCompleteness(wide, 2024);
    expect(rows.map((r) => r.county)).toEqual([NO_COUNTY, "乙县", "甲县"]);
    expect(rows[1]).toMatchObject({ townships: 20, reported: 20, lacking: 5, stating: [15, 20, 15, 15] });
    expect(rows[2]).toMatchObject({ townships: 30, lacking: 0 });
  });

  it("drills into one county's own grid", () => {
    const sub = countyScope(wide, "乙县");
    expect(sub.county).toBe("乙县");
    expect(sub.townships).toHaveLength(20);
    expect(completenessOf(sub, 2024).townships).toHaveLength(20);
    expect(countyScope(wide, NO_COUNTY).townships.map((t) => t.name)).toEqual(["无县镇"]);
  });
});
