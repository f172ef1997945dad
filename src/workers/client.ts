// The promise the UI awaits: report files in, one outcome per file out, in the order given.
// Files go to the Worker one at a time, each with a time limit: a file that crashes or hangs the
// Worker fails alone, a fresh Worker takes the rest, and earlier answers are kept.
import type { ExtractRequest, ExtractResponse, FileOutcome, InputFile } from "./protocol";

/** The part of a Worker this client uses; tests pass a fake. */
export interface WorkerLike {
  postMessage(message: ExtractRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<ExtractResponse>) => void) | null;
  onerror: ((event: ErrorEvent | Event) => void) | null;
}

export interface ExtractOptions {
  /** Hears each outcome as it arrives (for a progress bar). */
  onResult?: (outcome: FileOutcome, index: number) => void;
  /** Per file; a report takes milliseconds, so this only catches a hung engine. */
  timeoutMs?: number;
  createWorker?: () => WorkerLike;
}

export function createExtractWorker(): WorkerLike {
  return new Worker(new URL("./extract.worker.ts", import.meta.url), { type: "module" }) as WorkerLike;
}

let nextRequestId = 1;

export async function extractFilesInWorker(
  files: readonly InputFile[],
  options: ExtractOptions = {},
): Promise<FileOutcome[]> {
  const { onResult, timeoutMs = 30_000, createWorker = createExtractWorker } = options;
  const outcomes: FileOutcome[] = [];
  let worker: WorkerLike | null = null;
  try {
    for (const [index, file] of files.entries()) {
      let outcome: FileOutcome;
      try {
        worker ??= createWorker();
        outcome = await extractInWorker(worker, file, timeoutMs);
      } catch (e) {
        // The Worker died or hung on this file: drop it; the next file gets a new one.
        worker?.terminate();
        worker = null;
        outcome = { name: file.name, ok: false, reason: `《${file.name}》：${(e as Error).message}` };
      }
      outcomes.push(outcome);
      onResult?.(outcome, index);
    }
  } finally {
    worker?.terminate();
  }
  return outcomes;
}

function extractInWorker(worker: WorkerLike, file: InputFile, timeoutMs: number): Promise<FileOutcome> {
  const requestId = nextRequestId++;
  return new Promise<FileOutcome>((resolve, reject) => {
    let outcome: FileOutcome | null = null;
    const timer = setTimeout(
      () => finish(new Error(`处理超时（超过 ${Math.round(timeoutMs / 1000)} 秒）`)),
      timeoutMs,
    );
    const finish = (error: Error | null) => {
      clearTimeout(timer);
      worker.onmessage = null;
      worker.onerror = null;
      if (error) reject(error);
      else if (outcome) resolve(outcome);
      else reject(new Error("提取程序没有返回结果"));
    };
    worker.onmessage = (event) => {
      const msg = event.data;
      if (msg.requestId !== requestId) return;
      if (msg.type === "result") outcome = msg.outcome;
      else finish(null);
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      const detail = "message" in event && event.message ? `：${event.message}` : "";
      finish(new Error(`提取程序意外中止${detail}`));
    };
    worker.postMessage({ requestId, files: [file] });
  });
}

/** Reads browser File objects (from an <input type=file> or a drop) into what the Worker takes. */
export async function readBrowserFiles(files: Iterable<File>): Promise<InputFile[]> {
  return Promise.all(
    [...files].map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
  );
}
