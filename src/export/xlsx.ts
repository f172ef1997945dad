// The visible table as an .xlsx workbook (exceljs). This module pulls in exceljs (~1 MB), so the
// UI reaches it only through a dynamic import() when the user clicks 导出 Excel.
import ExcelJS from "exceljs";
import { FICTIONAL_MARK } from "./caption";
import type { Sheet } from "./sheet";

const FONT = "Microsoft YaHei";

/** Excel forbids \ / ? * [ ] : in sheet names and caps them at 31 characters. */
export function sheetName(fictional: boolean): string {
  return fictional ? `数据表（${FICTIONAL_MARK}）` : "数据表";
}

export async function sheetToXlsx(sheet: Sheet): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "法治政府建设年报看板";
  const ws = wb.addWorksheet(sheetName(sheet.title !== null));

  let headerRowNo = 1;
  if (sheet.title) {
    const titleRow = ws.addRow([sheet.title]);
    titleRow.font = { name: FONT, bold: true, color: { argb: "FFC00000" } };
    if (sheet.columns.length > 1) ws.mergeCells(1, 1, 1, sheet.columns.length);
    headerRowNo = 2;
  }

  const header = ws.addRow(sheet.columns.map((c) => c.header));
  header.font = { name: FONT, bold: true };
  header.alignment = { vertical: "middle", wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };
    cell.border = { bottom: { style: "thin", color: { argb: "FF999999" } } };
  });

  for (const row of sheet.rows) {
    // null → undefined leaves the cell truly empty (missing is not 0, and not an empty string).
    ws.addRow(row.map((v) => (v === null ? undefined : v))).font = { name: FONT };
  }

  sheet.columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width;
    if (c.numeric) col.alignment = { horizontal: "right" };
  });

  // Header stays on screen while scrolling; filters let the reader sort as in the dashboard.
  ws.views = [{ state: "frozen", ySplit: headerRowNo, xSplit: 1 }];
  if (sheet.columns.length > 0) {
    ws.autoFilter = {
      from: { row: headerRowNo, column: 1 },
      to: { row: headerRowNo, column: sheet.columns.length },
    };
  }

  // exceljs types this as a Node Buffer; the browser build returns a Uint8Array (Buffer polyfill)
  // and some versions a bare ArrayBuffer. Normalise to an ArrayBuffer of exactly the file bytes.
  const buf: unknown = await wb.xlsx.writeBuffer();
  if (buf instanceof ArrayBuffer) return buf;
  const bytes = buf as Uint8Array;
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
