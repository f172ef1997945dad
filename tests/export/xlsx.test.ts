import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { toSheet, type VisibleTable } from "../../src/export/sheet";
import { safeSheetName, sheetsToXlsx } from "../../src/export/xlsx";

const sheetToXlsx = (s: ReturnType<typeof toSheet>) => sheetsToXlsx([s]);

const table: VisibleTable = {
  columns: [
    { id: "township", header: "乡镇" },
    { id: "publicity_events", header: "普法活动场次", unit: "场次" },
    { id: "dispute_resolution_pct", header: "调解成功率", unit: "%" },
  ],
  rows: [
    { cells: ["咸宜镇", 120, 93.4], approx: [null, "at_least", "exact"], basis: [null, null, null] },
    { cells: ["@evil", null, 100], approx: [null, null, "exact"], basis: [null, null, null] },
  ],
};

async function readBack(buf: ArrayBuffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf);
  return wb;
}

describe("sheetToXlsx", () => {
  it("writes a workbook whose rows and numbers read back as shown", async () => {
    const wb = await readBack(await sheetToXlsx(toSheet(table, { fictional: false })));
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe("数据表");
    const values = (n: number) => (ws.getRow(n).values as unknown[]).slice(1);
    expect(values(1)).toEqual(["乡镇", "普法活动场次（场次）", "普法活动场次约数", "调解成功率（%）"]);
    expect(values(2)).toEqual(["咸宜镇", 120, "至少", 93.4]);
    expect(typeof ws.getCell("B2").value).toBe("number");
    // Missing stays empty, not 0; injected text stays text.
    expect(ws.getCell("B3").value).toBeNull();
    expect(ws.getCell("A3").value).toBe("'@evil");
    expect(ws.getRow(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(ws.getColumn(2).width).toBeGreaterThanOrEqual(20);
  });

  it("keeps the header first for the fictional county and marks each row in a column", async () => {
    const wb = await readBack(await sheetToXlsx(toSheet(table, { fictional: true })));
    const ws = wb.worksheets[0]!;
    expect(ws.name).toContain("虚构");
    expect(ws.getCell("A1").value).toBe("乡镇");
    expect(ws.getCell("E1").value).toBe("数据性质");
    expect(ws.getCell("E2").value).toBe("虚构示例数据");
    expect(ws.getCell("B2").value).toBe(120);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  });

  it("makes names Excel accepts", () => {
    expect(safeSheetName("a/b:c[1]?")).toBe("a_b_c_1__");
    expect([...safeSheetName("表".repeat(40))]).toHaveLength(31);
  });
});
