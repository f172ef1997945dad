// Files → extraction outcomes, through the Worker client (src/workers: .zip entries, per-file time
// and size limits, pdf.js, progress n of N and cancel). Kept as the import pipeline's one shape.
import type { StoredReport } from "../domain";
import { extractFiles, type ExtractProgress } from "../workers/client";

export type { ExtractProgress };

export type Outcome = { name: string; key: string } & (
  { ok: true; record: StoredReport } | { ok: false; reason: string }
);

export interface ExtractAllOptions {
  onProgress?: (p: ExtractProgress) => void;
  signal?: AbortSignal | undefined;
}

/** One outcome per file (per entry of a .zip), in order. Cancelling resolves with those so far. */
export function extractAll(
  files: readonly { name: string; bytes: Uint8Array }[],
  options: ExtractAllOptions = {},
): Promise<Outcome[]> {
  return extractFiles(files, {
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
}
