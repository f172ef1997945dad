// io: bytes in, strings out. Pure TypeScript that runs in the browser (Worker) and in Node (CLI);
// no node:fs here, so the same decoding serves both.
export {
  readReportFile,
  extensionOf,
  MAX_REPORT_BYTES,
  type ReadReportResult,
  type ReportFormat,
} from "./read";
export { decodeText, normaliseCharset, type Decoded, type TextEncodingName } from "./decode";
export { htmlToText, declaredCharset, looksLikeHtml } from "./html";
export { docxToText, documentXmlToText } from "./docx";
export { toIndicatorsCsv, toShortcomingsCsv, INDICATOR_COLUMNS, SHORTCOMING_COLUMNS } from "./csv";
export { neutralizeFormula } from "./formula";
export { baseName, fail, type ReadResult } from "./result";
