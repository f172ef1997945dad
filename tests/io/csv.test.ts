import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import type { ReportRecord } from "../../src/domain";
import { INDICATOR_COLUMNS, SHORTCOMING_COLUMNS, toIndicatorsCsv, toShortcomingsCsv } from "../../src/io";

const record: ReportRecord = {
  id: "2023-示例县-青石镇",
  file: "2023-青石镇.txt",
  township: "青石镇",
  county: "示例县",
  year: 2023,
  indicators: [
    {
      id: "publicity_events",
      value: 120,
      unit: "场次",
      approx: "at_least",
      basis: "stated",
      rule: "publicity.total",
      evidence: { start: 10, end: 22, text: "开展普法宣传活动120余场次" },
    },
    {
      id: "legal_advisor_coverage_pct",
      value: 100,
      unit: "%",
      approx: "exact",
      basis: "derived",
      rule: "advisor.full-coverage",
      evidence: { start: 0, end: 9, text: '=HYPERLINK("http://x")\n法律顾问全覆盖' },
      derivation: "全覆盖 → 100%",
    },
  ],
  shortcomings: [
    { category: "publicity_form", text: "一是普法形式单一，针对性不强。", start: 100, end: 115 },
    { category: "other", text: "@SUM(A1:A9)", start: 116, end: 127 },
    { category: "workforce", text: "+执法力量薄弱", start: 128, end: 135 },
    { category: "cadre_study", text: "-学法不深入", start: 136, end: 142 },
  ],
  missing: ["disputes_handled", "dispute_resolution_pct"],
  division: {
    code: "500229110",
    township: "青石镇",
    county: "示例县",
    countyCode: "500229",
    city: "重庆市",
    province: "重庆市",
    basis: "stated",
  },
};

const { division: _unused, ...undivided } = record;
const noCounty: ReportRecord = {
  ...undivided,
  id: "x",
  township: null,
  county: null,
  year: null,
  shortcomings: [],
  indicators: [],
};

function parse(csv: string): string[][] {
  expect(csv.startsWith("\uFEFF")).toBe(true);
  return Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
}

describe("toIndicatorsCsv", () => {
  const csv = toIndicatorsCsv([record, noCounty]);
  const rows = parse(csv);

  it("starts with a UTF-8 BOM and Chinese headers, and ends lines with CRLF", () => {
    expect(rows[0]).toEqual([...INDICATOR_COLUMNS]);
    expect(rows[0]?.slice(0, 6)).toEqual(["报告ID", "文件", "乡镇", "县", "年份", "指标ID"]);
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("writes one row per figure in catalogue order, with ids beside labels", () => {
    expect(rows).toHaveLength(3);
    expect(rows[1]?.slice(0, 12)).toEqual([
      "2023-示例县-青石镇",
      "2023-青石镇.txt",
      "青石镇",
      "示例县",
      "2023",
      "legal_advisor_coverage_pct",
      "村（社区）法律顾问覆盖率",
      "100",
      "%",
      "exact",
      "derived",
      "advisor.full-coverage",
    ]);
    expect(rows[2]?.[5]).toBe("publicity_events");
    expect(rows[2]?.[12]).toBe("开展普法宣传活动120余场次");
  });

  it("neutralises a cell that Excel would run as a formula, even across a line break", () => {
    expect(rows[1]?.[12]).toBe('\'=HYPERLINK("http://x")\n法律顾问全覆盖');
    expect(csv).not.toMatch(/(^|,)"?=/m);
  });
});

describe("toShortcomingsCsv", () => {
  const rows = parse(toShortcomingsCsv([record, noCounty]));

  it("writes one numbered row per shortcoming with the category id and label", () => {
    expect(rows[0]).toEqual([...SHORTCOMING_COLUMNS]);
    expect(rows[1]).toEqual([
      "2023-示例县-青石镇",
      "2023-青石镇.txt",
      "青石镇",
      "示例县",
      "2023",
      "1",
      "publicity_form",
      "普法形式单一",
      "一是普法形式单一，针对性不强。",
      "100",
      "115",
      "500229110",
      "stated",
    ]);
    expect(rows).toHaveLength(5);
  });

  it.each([
    [2, "'@SUM(A1:A9)"],
    [3, "'+执法力量薄弱"],
    [4, "'-学法不深入"],
  ])("neutralises row %i", (row, cell) => {
    expect(rows[row]?.[8]).toBe(cell);
  });

  it("writes only the header for records without shortcomings, and empty cells for unknown township/county/year/division", () => {
    expect(parse(toShortcomingsCsv([noCounty]))).toEqual([[...SHORTCOMING_COLUMNS]]);
    const ind = parse(toIndicatorsCsv([{ ...noCounty, indicators: record.indicators }]));
    expect(ind[1]?.slice(2, 5)).toEqual(["", "", ""]);
    expect(ind[1]?.slice(-2)).toEqual(["", ""]);
    expect(ind[0]?.slice(-2)).toEqual(["区划代码", "区划依据"]);
  });
});
