// Every limit a report file meets on its way in, in one place: the README states them, the import
// dialog quotes them, and tests/hostile/files.test.ts proves a file over one is refused by name.

const MB = 1024 * 1024;

/** A text, HTML or Word file: larger than any prose report by two orders of magnitude. */
export const MAX_REPORT_BYTES = 20 * MB;
/** A PDF carries fonts and images besides its text, so it may be larger. */
export const MAX_PDF_BYTES = 50 * MB;
/** Pages read from one PDF; a township's annual report has a few dozen. */
export const MAX_PDF_PAGES = 500;
/** A .zip of reports as uploaded. */
export const MAX_ARCHIVE_BYTES = 200 * MB;
/** Files taken from one .zip. */
export const MAX_ARCHIVE_ENTRIES = 2000;
/** What one .zip may inflate to in total, whatever its headers claim. */
export const MAX_ARCHIVE_TOTAL_BYTES = 400 * MB;
/** What one part of a .docx/.ofd (its main XML) may inflate to, whatever its header claims. */
export const MAX_PART_BYTES = 32 * MB;
/** The text handed to the engine: a report is tens of thousands of characters. */
export const MAX_TEXT_CHARS = 2_000_000;
/** How far down the open elements a close tag is matched (an unmatched one is ignored). */
export const MAX_NESTING = 256;
/** Time one file may take, in the Worker and in the CLI. */
export const DEFAULT_TIME_LIMIT_MS = 30_000;

export const mb = (bytes: number) => `${Math.round(bytes / MB)} MB`;

/** Thrown by a reader that ran past its file's deadline; turned into that file's reason. */
export class TimeLimitExceeded extends Error {
  constructor() {
    super("time limit exceeded");
  }
}

/** Throws when `deadline` (a Date.now() value) has passed; readers call it between chunks of work. */
export function checkDeadline(deadline: number | undefined): void {
  if (deadline !== undefined && Date.now() > deadline) throw new TimeLimitExceeded();
}

export function timeLimitText(ms: number): string {
  const limit = ms < 1000 ? `${ms} 毫秒` : `${Math.round(ms / 1000)} 秒`;
  return `处理超时（超过 ${limit}），已跳过此文件`;
}

export type SizeKind = "report" | "pdf" | "archive";

const SIZE_LIMITS: Readonly<Record<SizeKind, { bytes: number; what: string; advice: string }>> = {
  report: { bytes: MAX_REPORT_BYTES, what: "报告文件", advice: "不像是一份报告，已拒绝" },
  pdf: { bytes: MAX_PDF_BYTES, what: " PDF 文件", advice: "已拒绝" },
  archive: { bytes: MAX_ARCHIVE_BYTES, what: "压缩包", advice: "已拒绝；请分批导入" },
};

/** A size for a message: whole megabytes, one decimal below 100 MB so "20.3 MB" is not "20 MB". */
const sizeText = (bytes: number) => {
  const n = bytes / MB;
  return `${n >= 100 || Number.isInteger(n) ? Math.round(n) : n.toFixed(1)} MB`;
};

/**
 * The one size check and its one message per limit (each message states its limit). The page and
 * the CLI ask it before reading a file (inputSizeProblem), the readers after the content has said
 * what the file is. Null when the size is within the limit.
 */
export function sizeProblem(kind: SizeKind, size: number): string | null {
  const limit = SIZE_LIMITS[kind];
  if (size <= limit.bytes) return null;
  return `文件大小 ${sizeText(size)}，超过${limit.what} ${mb(limit.bytes)} 的上限，${limit.advice}`;
}

/**
 * Whether a file is too large to read at all, judged by its name before its bytes are loaded (so a
 * 200 MB file is never read into memory). Any file but a .zip may turn out to be a PDF by its
 * content, so nothing under the PDF limit is refused here; the reader then applies the limit of
 * what the file really is, with the same message.
 */
export function inputSizeProblem(fileName: string, size: number): string | null {
  const ext = /\.([A-Za-z0-9]+)$/.exec(fileName.trim())?.[1]?.toLowerCase() ?? "";
  if (ext === "zip") return sizeProblem("archive", size);
  if (size <= Math.max(MAX_PDF_BYTES, MAX_REPORT_BYTES)) return null;
  return sizeProblem(ext === "pdf" ? "pdf" : "report", size);
}
