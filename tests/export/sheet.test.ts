import { describe, expect, it } from "vitest";
import Papa from "papaparse";
import { neutralizeCell, textWidth, toSheet, type VisibleTable } from "../../src/export/sheet";
import { sheetToCsv } from "../../src/export/csv";

const table: VisibleTable = {
  columns: [
    { id: "township", header: "乡镇" },
    { id: "year", header: "年份" },
    { id: "disputes_handled", header: "调处纠纷数", group: "矛盾纠纷调处", unit: "起" },
    { id: "legal_advisor_coverage_pct", header: "法律顾问覆盖率", group: "法律顾问", unit: "%" },
  ],
  rows: [
    {
      cells: ["咸宜镇", 2023, 70, 100],
      approx: [null, null, "at_least", "exact"],
      basis: [null, null, null, null],
    },
    {
      cells: ['=HYPERLINK("x")', 2023, null, 93.4],
      approx: [null, null, null, "exact"],
      basis: [null, null, null, "derived"],
    },
    {
      cells: ["许疃镇", 2024, 30, null],
      approx: [null, null, "about", null],
      basis: [null, null, null, null],
    },
  ],
};

describe("neutralizeCell", () => {
  it.each([
    ["=1+1", "'=1+1"],
    ["+86 123", "'+86 123"],
    ["-2", "'-2"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tcmd", "'\tcmd"],
    ["\rcmd", "'\rcmd"],
    ["咸宜镇", "咸宜镇"],
    ["a=b", "a=b"],
    ["", ""],
  ])("%j → %j", (input, expected) => {
    expect(neutralizeCell(input)).toBe(expected);
  });

  it("leaves numbers (also negative ones) and empty cells alone", () => {
    expect(neutralizeCell(-5)).toBe(-5);
    expect(neutralizeCell(0)).toBe(0);
    expect(neutralizeCell(null)).toBeNull();
  });
});

describe("toSheet", () => {
  it("keeps the visible columns in order, with units, and adds a marker column only where needed", () => {
    const sheet = toSheet(table, { fictional: false });
    expect(sheet.name).toBe("数据表");
    expect(sheet.columns.map((c) => c.header)).toEqual([
      "乡镇",
      "年份",
      "调处纠纷数（起）",
      "调处纠纷数约数",
      "法律顾问覆盖率（%）",
      "法律顾问覆盖率来源",
    ]);
    expect(sheet.rows).toEqual([
      ["咸宜镇", 2023, 70, "至少", 100, null],
      ['\'=HYPERLINK("x")', 2023, null, null, 93.4, "推算"],
      ["许疃镇", 2024, 30, "约", null, null],
    ]);
    expect(sheet.columns.map((c) => c.numeric)).toEqual([false, true, true, false, true, false]);
  });

  it("marks the fictional county in a column of its own, on every row, not above the header", () => {
    const sheet = toSheet(table, { fictional: true });
    expect(sheet.columns.at(-1)!.header).toBe("数据性质");
    expect(sheet.rows.map((r) => r.at(-1))).toEqual(["虚构示例数据", "虚构示例数据", "虚构示例数据"]);
    expect(sheet.columns[0]!.header).toBe("乡镇");
  });

  it("sizes columns for Chinese text", () => {
    expect(textWidth("乡镇")).toBe(4);
    expect(textWidth("ab1")).toBe(3);
    const sheet = toSheet(table, { fictional: false });
    expect(sheet.columns[2]!.width).toBe(textWidth("调处纠纷数（起）") + 2);
  });
});

describe("sheetToCsv", () => {
  it("writes UTF-8 with a BOM, the header as the first row, neutralised text and plain numbers", () => {
    const csv = sheetToCsv(toSheet(table, { fictional: true }));
    expect(csv.startsWith("\ufeff")).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { newline: "\r\n" }).data;
    expect(parsed[0]).toEqual([
      "乡镇",
      "年份",
      "调处纠纷数（起）",
      "调处纠纷数约数",
      "法律顾问覆盖率（%）",
      "法律顾问覆盖率来源",
      "数据性质",
    ]);
    expect(parsed[1]).toEqual(["咸宜镇", "2023", "70", "至少", "100", "", "虚构示例数据"]);
    expect(parsed[2]![0]).toBe('\'=HYPERLINK("x")');
    expect(parsed[2]![5]).toBe("推算");
    expect(parsed[3]).toEqual(["许疃镇", "2024", "30", "约", "", "", "虚构示例数据"]);
    // No cell of the file starts with a formula character.
    for (const row of parsed) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});
