// The page's door to extraction: report files in, one outcome per file out (a .zip gives one per
// entry). Files go to the Worker one at a time; the Worker names each file as it starts, so the
// page shows progress (n of N, current file) and holds each file to a time limit. A file that
// overruns or crashes the Worker is reported alone (timed out / aborted), the Worker is replaced,
// and the rest of the batch — the rest of a .zip too — carries on. Cancelling stops at once.
import { DEFAULT_TIME_LIMIT_MS, inputSizeProblem, timeLimitText } from "../io/limits";
import { importKey } from "../io/key";
import { fail } from "../io/result";
import type { ExtractRequest, ExtractResponse, FileOutcome, InputFile } from "./protocol";

/** The part of a Worker this client uses; tests pass a fake. */
export interface WorkerLike {
  postMessage(message: ExtractRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<ExtractResponse>) => void) | null;
  onerror: ((event: ErrorEvent | Event) => void) | null;
}

export interface ExtractProgress {
  /** Files answered so far. */
  done: number;
  /** Files known so far: grows when a .zip is opened and its entries are counted. */
  total: number;
  /** The file being read now ("a.zip/dir/x.docx" inside an archive); null once all are answered. */
  current: string | null;
}

export interface ExtractFilesOptions {
  /** Called at every change: a file starts, a file is answered, a .zip is counted. */
  onProgress?: (progress: ExtractProgress) => void;
  /** Hears each outcome as it arrives (the UI can store it at once). */
  onOutcome?: (outcome: FileOutcome, index: number) => void;
  /** Cancels: the Worker is stopped, and the promise resolves with the outcomes so far. */
  signal?: AbortSignal;
  /** Per file (per entry of a .zip). Default 30 s; a report takes milliseconds. */
  timeLimitMs?: number;
  createWorker?: () => WorkerLike;
  /** Base URL of pdf.js's assets; default "pdfjs/" beside the page (public/pdfjs in the build). */
  pdfAssetBase?: string;
}

export function createExtractWorker(): WorkerLike {
  return new Worker(new URL("./extract.worker.ts", import.meta.url), { type: "module" }) as WorkerLike;
}

let nextRequestId = 1;

type Stop = { why: "timeout" | "crash" | "abort"; detail: string };

/**
 * Extracts every file (browser File objects, or names and bytes) in the Worker. Resolves with one
 * outcome per file, in order (entries of a .zip in their archive order); never rejects.
 */
export async function extractFiles(
  files: readonly (InputFile | File)[],
  options: ExtractFilesOptions = {},
): Promise<FileOutcome[]> {
  const { signal, onOutcome, onProgress, createWorker = createExtractWorker } = options;
  const timeLimitMs = options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
  const pdfAssetBase =
    options.pdfAssetBase ??
    (typeof document !== "undefined" ? new URL("pdfjs/", document.baseURI).href : undefined);
  const outcomes: FileOutcome[] = [];
  const progress: ExtractProgress = { done: 0, total: files.length, current: null };
  const report = () => onProgress?.({ ...progress });
  const answer = (outcome: FileOutcome) => {
    outcomes.push(outcome);
    progress.done++;
    onOutcome?.(outcome, outcomes.length - 1);
    report();
  };
  let worker: WorkerLike | null = null;
  report();
  try {
    for (const input of files) {
      if (signal?.aborted) break;
      const tooLarge = tooLargeOutcome(input);
      if (tooLarge) {
        answer(tooLarge);
        continue;
      }
      const file = await inputOf(input);
      progress.current = file.name;
      report();
      let skip = 0;
      let count: number | null = null;
      for (;;) {
        try {
          worker ??= createWorker();
        } catch (e) {
          answer({ name: file.name, key: await importKey(file.bytes), ...fail(file.name, message(e)) });
          break;
        }
        let started: { index: number; name: string; key: string } | null = null;
        const stop = await runRequest(
          worker,
          { requestId: 0, file, skip, timeLimitMs, pdfAssetBase },
          {
            signal,
            timeLimitMs,
            onMessage(msg) {
              if (msg.type === "count") {
                if (count === null) progress.total += msg.count - 1;
                count = msg.count;
              } else if (msg.type === "start") {
                started = { index: msg.index, name: msg.name, key: msg.key };
                progress.current = msg.name;
              } else if (msg.type === "result") {
                started = null;
                skip = msg.index + 1;
                answer(msg.outcome);
                return;
              }
              report();
            },
          },
        );
        if (!stop) break;
        worker.terminate();
        worker = null;
        if (stop.why === "abort") return outcomes;
        const at: { index: number; name: string; key: string } = started ?? {
          index: skip,
          name: file.name,
          key: await importKey(file.bytes),
        };
        const reason = stop.why === "timeout" ? timeLimitText(timeLimitMs) : `提取程序意外中止${stop.detail}`;
        answer({
          name: at.name,
          key: at.key,
          ...fail(at.name, reason),
          ...(stop.why === "timeout" ? { timedOut: true as const } : {}),
        });
        skip = at.index + 1;
        if (count === null || skip >= count) break;
      }
    }
  } finally {
    worker?.terminate();
    progress.current = null;
    report();
  }
  return outcomes;
}

/** Sends one request; resolves null when the Worker said "done", or why it was stopped. */
function runRequest(
  worker: WorkerLike,
  request: ExtractRequest,
  ctx: { signal: AbortSignal | undefined; timeLimitMs: number; onMessage: (msg: ExtractResponse) => void },
): Promise<Stop | null> {
  const requestId = nextRequestId++;
  return new Promise<Stop | null>((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => finish({ why: "timeout", detail: "" }), ctx.timeLimitMs);
    };
    const onAbort = () => finish({ why: "abort", detail: "" });
    const finish = (stop: Stop | null) => {
      clearTimeout(timer);
      ctx.signal?.removeEventListener("abort", onAbort);
      worker.onmessage = null;
      worker.onerror = null;
      resolve(stop);
    };
    worker.onmessage = (event) => {
      const msg = event.data;
      if (msg.requestId !== requestId) return;
      if (msg.type === "done") return finish(null);
      if (msg.type === "start") arm();
      ctx.onMessage(msg);
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      const detail = "message" in event && event.message ? `：${event.message}` : "";
      finish({ why: "crash", detail });
    };
    ctx.signal?.addEventListener("abort", onAbort);
    if (ctx.signal?.aborted) return onAbort();
    arm();
    try {
      worker.postMessage({ ...request, requestId });
    } catch (e) {
      finish({ why: "crash", detail: `：${message(e)}` });
    }
  });
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

const nameOf = (input: InputFile | File) =>
  isFile(input) ? input.webkitRelativePath || input.name : input.name;
const isFile = (input: InputFile | File): input is File =>
  typeof File !== "undefined" && input instanceof File;

/** A file over its size limit is refused before its bytes are read (its key stays ""). */
function tooLargeOutcome(input: InputFile | File): FileOutcome | null {
  const name = nameOf(input);
  const problem = inputSizeProblem(name, isFile(input) ? input.size : input.bytes.length);
  return problem ? { name, key: "", ...fail(name, problem) } : null;
}

async function inputOf(input: InputFile | File): Promise<InputFile> {
  if (!isFile(input)) return input;
  // A folder pick gives each file its path inside the folder.
  return { name: nameOf(input), bytes: new Uint8Array(await input.arrayBuffer()) };
}

/** Reads browser File objects (from an <input type=file> or a drop) into what the Worker takes. */
export async function readBrowserFiles(files: Iterable<File>): Promise<InputFile[]> {
  return Promise.all([...files].map(inputOf));
}
