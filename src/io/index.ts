// io: bytes in, strings out. Pure TypeScript that runs in the browser (Worker) and in Node (CLI);
// no node:fs here, so the same decoding serves both.
export {
  readReportFile,
  readReportFileSync,
  sniffBinary,
  type ReadOptions,
  type ReadReportResult,
  type ReportFormat,
} from "./read";
export { extensionOf } from "./ext";
export * from "./limits";
export { archiveEntries, isArchive, type ArchiveEntry } from "./archive";
export { decodeText, normaliseCharset, type Decoded, type TextEncodingName } from "./decode";
export { htmlToText, declaredCharset, looksLikeHtml } from "./html";
export { docxToText, documentXmlToText } from "./docx";
export { ofdToText } from "./ofd";
export { pdfToText, configurePdfAssets, SCANNED_PDF, type PdfAssets } from "./pdf";
export { parseMarkup, type SaxHandler } from "./sax";
export { toIndicatorsCsv, toShortcomingsCsv, INDICATOR_COLUMNS, SHORTCOMING_COLUMNS } from "./csv";
export { neutralizeFormula } from "./formula";
export { baseName, fail, type ReadResult } from "./result";
export { importKey } from "./key";
