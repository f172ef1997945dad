// Messages between the page and the extraction Worker. The Worker answers file by file, so the page
// can show progress and a file that fails never holds back or spoils the others.
import type { StoredReport } from "../domain";

export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

export type FileOutcome =
  { name: string; ok: true; record: StoredReport } | { name: string; ok: false; reason: string };

export interface ExtractRequest {
  /** Distinguishes the answers to concurrent requests sharing one Worker. */
  requestId: number;
  files: InputFile[];
}

export type ExtractResponse =
  | { type: "result"; requestId: number; index: number; outcome: FileOutcome }
  | { type: "done"; requestId: number };
