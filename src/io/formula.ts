// The one formula neutraliser for every spreadsheet the project writes: the data set CSVs of the
// CLI (io/csv.ts) and the table's XLSX/CSV export (export/sheet.ts). A cell that begins with
// = + - @ (or tab/CR) is run as a formula by Excel and WPS ("CSV injection"); so is one that begins
// with the full-width forms ＝ ＋ － ＠, which a Chinese input method types and the spreadsheet reads
// as the ASCII sign. Report text is outside input, so such a cell gets a leading apostrophe.
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;

/** Text a spreadsheet would run as a formula, with a leading apostrophe; anything else unchanged. */
export function neutralizeFormula<T>(cell: T): T | string {
  return typeof cell === "string" && FORMULA_START.test(cell) ? `'${cell}` : cell;
}
