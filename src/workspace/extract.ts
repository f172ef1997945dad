// Files → extraction outcomes, through the Worker. A thin adapter over the Worker client so the
// import pipeline keeps one shape (name, import key, record or reason; progress; cancel) while the
// Worker client grows (engineer io: .zip entries, per-file limits, pdf.js).
import { unzipSync } from "fflate";
import type { StoredReport } from "../domain";
import { extractFilesInWorker } from "../workers/client";
import { importKeyOf } from "./keys";

export type Outcome = { name: string; key: string } & (
  { ok: true; record: StoredReport } | { ok: false; reason: string }
);

export interface ExtractProgress {
  done: number;
  total: number;
  current: string | null;
}

export interface ExtractAllOptions {
  onProgress?: (p: ExtractProgress) => void;
  signal?: AbortSignal;
}

const CHUNK = 16;

function expand(files: readonly { name: string; bytes: Uint8Array }[]) {
  return files.flatMap((f) => {
    if (!/\.zip$/i.test(f.name)) return [f];
    try {
      const entries = unzipSync(f.bytes, {
        filter: (e) => !e.name.endsWith("/") && !/(^|\/)(__MACOSX|\.)/.test(e.name),
      });
      return Object.entries(entries).map(([name, bytes]) => ({ name: `${f.name}/${name}`, bytes }));
    } catch {
      return [{ name: f.name, bytes: new Uint8Array(0), broken: "压缩包已损坏，无法打开" }];
    }
  });
}

/** One outcome per file (per entry of a .zip), in order. Cancelling resolves with those so far. */
export async function extractAll(
  files: readonly { name: string; bytes: Uint8Array }[],
  options: ExtractAllOptions = {},
): Promise<Outcome[]> {
  const inputs = expand(files);
  const out: Outcome[] = [];
  const progress = (current: string | null) =>
    options.onProgress?.({ done: out.length, total: inputs.length, current });
  for (let i = 0; i < inputs.length && !options.signal?.aborted; i += CHUNK) {
    const chunk = inputs.slice(i, i + CHUNK);
    progress(chunk[0]?.name ?? null);
    const keys = await Promise.all(chunk.map((f) => importKeyOf(f.bytes)));
    const ready = chunk.filter((f) => !("broken" in f));
    const results = await extractFilesInWorker(ready, {
      onResult: (_o, j) => progress(ready[j + 1]?.name ?? null),
    });
    let r = 0;
    chunk.forEach((f, j) => {
      const key = keys[j] ?? "";
      if ("broken" in f) out.push({ name: f.name, key, ok: false, reason: `《${f.name}》：${f.broken}` });
      else out.push({ ...(results[r++] as Outcome), name: f.name, key });
    });
  }
  progress(null);
  return out;
}
