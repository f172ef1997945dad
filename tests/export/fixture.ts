// A deterministic fictional county for the export tests: 6 townships over 2022–2024 with the cases
// the briefing must word right: a township without any report in the chosen year, figures missing
// from a report, approximate values (余/约), a stated zero and shortcomings that recur.
import type { Approx, IndicatorId, Observation, ShortcomingCategory, StoredReport } from "../../src/domain";
import { INDICATORS, KEY_INDICATOR_IDS } from "../../src/domain";

export const COUNTY = "测试县";

type Fig = [IndicatorId, number, Approx?];

function report(
  township: string,
  year: number,
  figs: Fig[],
  shortcomings: [ShortcomingCategory, string][] = [],
): StoredReport {
  const text = `${township}${year}年法治政府建设情况报告。`;
  const indicators: Observation[] = figs.map(([id, value, approx]) => ({
    id,
    value,
    unit: INDICATORS.find((d) => d.id === id)?.unit ?? "",
    approx: approx ?? "exact",
    basis: "stated",
    rule: "fixture",
    evidence: { start: 0, end: 2, text: text.slice(0, 2) },
  }));
  const stated = new Set(figs.map((f) => f[0]));
  return {
    id: `${year}-${COUNTY}-${township}`,
    file: `${year}-${township}.txt`,
    township,
    county: COUNTY,
    year,
    indicators,
    shortcomings: shortcomings.map(([category, t]) => ({ category, text: t, start: 0, end: 2 })),
    missing: KEY_INDICATOR_IDS.filter((id) => !stated.has(id)),
    text,
  };
}

const all = (adv: number, handled: number, pct: number, events: number): Fig[] => [
  ["legal_advisor_coverage_pct", adv],
  ["disputes_handled", handled],
  ["dispute_resolution_pct", pct],
  ["publicity_events", events],
];

export const fixtureReports: StoredReport[] = [
  report("甲镇", 2022, all(100, 40, 95, 10), [["publicity_form", "普法宣传形式单一。"]]),
  report("甲镇", 2023, all(100, 50, 96, 12), [["publicity_form", "宣传载体单一。"]]),
  report(
    "甲镇",
    2024,
    [...all(100, 60, 98, 20), ["villages_total", 14], ["petitions", 0]],
    [["publicity_form", "普法宣传覆盖面不够广，针对性不强。"]],
  ),
  report("乙镇", 2022, all(90, 30, 90, 8), [["workforce", "执法力量薄弱。"]]),
  report("乙镇", 2023, all(95, 35, 100, 9)),
  report(
    "乙镇",
    2024,
    [
      ["legal_advisor_coverage_pct", 95],
      ["disputes_handled", 70, "at_least"],
      ["publicity_events", 15],
    ],
    [["workforce", "法治队伍建设需加强。"]],
  ),
  report("丙乡", 2022, [["disputes_handled", 20]]),
  report("丙乡", 2023, [
    ["disputes_handled", 22],
    ["publicity_events", 5],
  ]),
  report("丙乡", 2024, [
    ["disputes_handled", 25, "about"],
    ["publicity_events", 6],
    ["dispute_resolution_pct", 88],
  ]),
  report("丁镇", 2022, all(80, 10, 100, 4)),
  report("丁镇", 2023, all(85, 12, 100, 5)),
  // 丁镇 sent no report for 2024.
  report("戊镇", 2023, all(100, 0, 100, 30)),
  report("戊镇", 2024, all(100, 5, 100, 32)),
  report("己镇", 2024, all(60, 15, 93.4, 3)),
];
