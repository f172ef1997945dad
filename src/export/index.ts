// Door of export/: what the buttons call. Deliberately NOT exported here: ./chartImage, ./xlsx,
// ./deckPptx and ./deckModel. The actions load them with import() on click, and a static re-export
// from this door would pull ECharts, exceljs and pptxgenjs into the page's first download (DESIGN §12).
export {
  exportChartPng,
  exportChartSvg,
  exportTableXlsx,
  exportTableCsv,
  exportChaseXlsx,
  exportDeck,
  countyLabel,
  type ChartExportSource,
  type TableExportContext,
} from "./actions";
export { SLIDE_LAYOUT, SLIDE_PIXEL_RATIO, EXPORT_FONT, exportTheme } from "./imageSettings";
export { FICTIONAL_MARK, missingNote, sourceLine } from "./caption";
export { chartFileName, deckFileName, tableFileName, exportDate, sanitizeFileNamePart } from "./fileNames";
export type { VisibleTable } from "./sheet";
export { chaseListOf, chaseSummary, chaseYearText, type ChaseEntry, type ChaseYear } from "./chaseList";
export { DECK_SECTIONS, type DeckSection } from "./deckSections";
export { rankingLabelColumn } from "./deckCharts";
