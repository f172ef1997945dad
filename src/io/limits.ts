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

/**
 * Whether a file is too large to read at all, judged before its bytes are loaded (the page and the
 * CLI check this first, so a 200 MB file is never read into memory). Null when it may be read.
 */
export function inputSizeProblem(fileName: string, size: number): string | null {
  const ext = /\.([A-Za-z0-9]+)$/.exec(fileName.trim())?.[1]?.toLowerCase() ?? "";
  const limit = ext === "zip" ? MAX_ARCHIVE_BYTES : ext === "pdf" ? MAX_PDF_BYTES : MAX_REPORT_BYTES;
  if (size <= limit) return null;
  return `文件大小 ${mb(size)}，超过 ${mb(limit)} 上限，不像是一份报告，已拒绝`;
}
