// Messages between the page and the extraction Worker. One input file per request (a .zip is one
// input holding many files), one or several requests per message; the Worker says how many files
// an input holds, names each as it starts, and answers each when it is done (the answers go back
// in groups, ./outbox.ts), so the page can show progress and stop a file that overruns.
import type { FileResult } from "../data/from-files";

export interface InputFile {
  /** As the person knows it; from a folder pick, the relative path ("乡镇/青石镇.docx"). */
  name: string;
  bytes: Uint8Array;
}

/**
 * One file's outcome: a record with its import key, or a reason (Chinese, naming the file).
 * `timedOut`: the file overran the per-file time limit and was stopped.
 */
export type FileOutcome = FileResult;

export interface ExtractRequest {
  /** Distinguishes answers to earlier requests a restarted Worker can no longer send. */
  requestId: number;
  file: InputFile;
  /** Entries of an archive already answered (after a restart, the Worker resumes past them). */
  skip: number;
  timeLimitMs: number;
  /** Base URL of pdf.js's assets on the app's own origin (its "cmaps/" folder is inside). */
  pdfAssetBase?: string;
  /**
   * Each answer goes at once, not held for a group (./outbox.ts): set on a request re-run after a
   * stop, so the page knows which file hung or crashed.
   */
  flush?: boolean;
}

/**
 * What the page posts: one request, or several in one message (the files posted ahead, run in
 * order as if posted one by one). One message for several files spares the Worker a task per file:
 * it hashes their keys together and reads them one after another without waiting in between.
 */
export type ExtractMessage = ExtractRequest | readonly ExtractRequest[];

/**
 * What the Worker posts: its answers in order, several to a message (./outbox.ts); the CLI's thread
 * posts them one by one.
 */
export type ExtractAnswer = ExtractResponse | readonly ExtractResponse[];

/**
 * What the Worker answers, in order. A plain file (not an archive) gets one message, its result
 * with `last`: the page knows its name, and its time limit runs from when the request before it
 * was answered, which is when the Worker starts it. An archive says its count and names each entry
 * as it starts (so a hung entry can be named and skipped). "done" ends a request whose last
 * message was not a `last` result. The outcome travels as JSON text: records are plain JSON data,
 * and one string is cloned far faster than a record's many small objects (the page parses it).
 */
export type ExtractResponse =
  | { type: "count"; requestId: number; count: number }
  /** `key` null: the input itself (not an archive entry), whose key the page computes if it must. */
  | { type: "start"; requestId: number; index: number; name: string; key: string | null }
  | { type: "result"; requestId: number; index: number; outcome: string; last: boolean }
  | { type: "done"; requestId: number };
