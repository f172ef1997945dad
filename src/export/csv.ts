// CSV for the visible table. UTF-8 with a BOM because Excel on a Chinese Windows otherwise opens a
// BOM-less UTF-8 file as GBK and shows mojibake; CRLF because that is what Excel writes itself.
import Papa from "papaparse";
import type { Sheet } from "./sheet";

export function sheetToCsv(sheet: Sheet): string {
  // The header is the first row: a line above it breaks Excel's table detection.
  const matrix: (string | number | null)[][] = [sheet.columns.map((c) => c.header)];
  matrix.push(...sheet.rows);
  // Cells are already neutralised in sheetOf() (shared with the XLSX writer, so both files agree);
  // papaparse's own escapeFormulae stays off rather than running a second, different pass.
  return Papa.BYTE_ORDER_MARK + Papa.unparse(matrix, { newline: "\r\n", escapeFormulae: false });
}
