// Sheets as an .xlsx workbook (exceljs), one worksheet each. This module pulls in exceljs (~1 MB),
// so the UI reaches it only through a dynamic import() when the user clicks 导出 Excel.
import ExcelJS from "exceljs";
import type { Sheet } from "./sheet";

const FONT = "Microsoft YaHei";

/** Excel forbids \ / ? * [ ] : in sheet names and caps them at 31 characters. */
export function safeSheetName(name: string): string {
  const s = [...name.replace(/[\\/?*[\]:]/g, "_")].slice(0, 31).join("");
  return s || "Sheet";
}

function addSheet(wb: ExcelJS.Workbook, sheet: Sheet): void {
  const ws = wb.addWorksheet(safeSheetName(sheet.name));
  const header = ws.addRow(sheet.columns.map((c) => c.header));
  header.font = { name: FONT, bold: true };
  header.alignment = { vertical: "middle", wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };
    cell.border = { bottom: { style: "thin", color: { argb: "FF999999" } } };
  });

  for (const row of sheet.rows) {
    // null → undefined leaves the cell truly empty (missing is not 0, and not an empty string).
    const r = ws.addRow(row.map((v) => (v === null ? undefined : v)));
    r.font = { name: FONT };
    r.alignment = { vertical: "top", wrapText: true };
  }

  sheet.columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width;
    if (c.numeric) col.alignment = { horizontal: "right", vertical: "top" };
  });

  // Header stays on screen while scrolling; filters let the reader sort as in the dashboard.
  ws.views = [{ state: "frozen", ySplit: 1, xSplit: sheet.columns.length > 2 ? 1 : 0 }];
  if (sheet.columns.length > 0 && sheet.rows.length > 0) {
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  }
}

export async function sheetsToXlsx(sheets: readonly Sheet[]): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "法治政府建设年报看板";
  for (const sheet of sheets) addSheet(wb, sheet);

  // exceljs types this as a Node Buffer; the browser build returns a Uint8Array (Buffer polyfill)
  // and some versions a bare ArrayBuffer. Normalise to an ArrayBuffer of exactly the file bytes.
  const buf: unknown = await wb.xlsx.writeBuffer();
  if (buf instanceof ArrayBuffer) return buf;
  const bytes = buf as Uint8Array;
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
