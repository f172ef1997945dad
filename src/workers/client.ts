// The page's door to extraction: report files in, one outcome per file out (a .zip gives one per
// entry). Files go to the Worker ahead of time, several to a message, and run one at a time; each
// answer (and an archive entry's start) tells the page which file runs next, so it shows progress
// (n of N, current file) and holds each file to a time limit. The Worker sends its answers in groups
// (./outbox.ts): when a Worker overruns or crashes while answers may be held, the page cannot tell
// which file did it, so a new Worker re-runs from the first unanswered file, each answer sent at
// once; then the file that overruns or crashes is reported alone (timed out / aborted), the Worker
// is replaced again, and the rest of the batch — the rest of a .zip too — carries on. Cancelling
// stops at once.
import { DEFAULT_TIME_LIMIT_MS, inputSizeProblem, timeLimitText } from "../io/limits";
import { importKey } from "../io/key";
import { fail } from "../io/result";
import type {
  ExtractAnswer,
  ExtractMessage,
  ExtractRequest,
  ExtractResponse,
  FileOutcome,
  InputFile,
} from "./protocol";

/** The part of a Worker this client uses; tests pass a fake. */
export interface WorkerLike {
  postMessage(message: ExtractMessage): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<ExtractAnswer>) => void) | null;
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

/** How long an idle app Worker is kept for the next batch before it is terminated (its memory freed). */
export const SPARE_WORKER_MS = 60_000;
let spare: { worker: WorkerLike; timer: ReturnType<typeof setTimeout> } | null = null;

/** The Worker kept from the last batch, or a new one. */
function takeSpareWorker(): WorkerLike {
  if (!spare) return createExtractWorker();
  const { worker, timer } = spare;
  spare = null;
  clearTimeout(timer);
  return worker;
}

function keepSpareWorker(worker: WorkerLike): void {
  if (spare) spare.worker.terminate(); // two batches at once: keep one Worker
  const drop = () => {
    if (spare?.worker === worker) {
      clearTimeout(spare.timer);
      spare = null;
    }
    worker.terminate();
  };
  worker.onmessage = null;
  worker.onerror = drop; // a Worker that fails while idle is not handed out again
  spare = { worker, timer: setTimeout(drop, SPARE_WORKER_MS) };
}

let nextRequestId = 1;

type Stop = { why: "timeout" | "crash" | "abort"; detail: string };

/**
 * Requests posted ahead of the one running, so the Worker never waits for the page between files:
 * it runs requests one after another, and a round trip through the page's event loop per file
 * (answer, then post the next) cost as much as extracting the file. At most this many, and at
 * most AHEAD_BYTES of file data, wait in the Worker's queue: a typical report takes ~0.5 ms, so the
 * 8 or more always waiting cover ~4 ms of a busy page (a render or a GC there). They are posted in
 * groups, one message each, when half have run: a message per file cost the Worker a task per file
 * (~15% of its CPU per file in traces), a group of 8 one task.
 */
const AHEAD = 16;
const AHEAD_BYTES = 8 * 1024 * 1024;

/**
 * One Worker and the requests posted to it. The Worker answers requests strictly in order, so only
 * the oldest unanswered one is running; messages for a request nobody listens to yet are kept
 * until someone does. A crash is the running request's.
 */
class Channel {
  /** Requests posted ahead, by the index of their input in the batch. */
  readonly ahead = new Map<number, { requestId: number; bytes: number; flush: boolean }>();
  private readonly inbox = new Map<number, ExtractResponse[]>();
  private listener: { requestId: number; onMessage: (m: ExtractResponse) => void } | null = null;
  private onCrash: ((detail: string) => void) | null = null;
  private crash: string | null = null;

  constructor(readonly worker: WorkerLike) {
    worker.onmessage = (event) => {
      const data = event.data;
      if (isAnswerList(data)) for (const msg of data) this.receive(msg);
      else this.receive(data);
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      this.crash = "message" in event && event.message ? `：${event.message}` : "";
      this.onCrash?.(this.crash);
    };
  }

  private receive(msg: ExtractResponse): void {
    if (this.listener?.requestId === msg.requestId) return this.listener.onMessage(msg);
    const box = this.inbox.get(msg.requestId);
    if (box) box.push(msg);
    else this.inbox.set(msg.requestId, [msg]);
  }

  /** Posts requests; throws what postMessage throws (data that cannot be cloned). */
  post(request: ExtractMessage): void {
    this.worker.postMessage(request);
  }

  /** Hears one request's messages (those that came early first) and a crash, until `stop()`. */
  listen(
    requestId: number,
    onMessage: (m: ExtractResponse) => void,
    onCrash: (detail: string) => void,
  ): void {
    this.listener = { requestId, onMessage };
    this.onCrash = onCrash;
    const early = this.inbox.get(requestId) ?? [];
    this.inbox.delete(requestId);
    for (const msg of early) if (this.listener?.requestId === requestId) onMessage(msg);
    if (this.crash !== null && this.listener?.requestId === requestId) onCrash(this.crash);
  }

  stop(): void {
    this.listener = null;
    this.onCrash = null;
  }
}

/**
 * Extracts every file (browser File objects, or names and bytes) in the Worker. Resolves with one
 * outcome per file, in order (entries of a .zip in their archive order); never rejects.
 */
export async function extractFiles(
  files: readonly (InputFile | File)[],
  options: ExtractFilesOptions = {},
): Promise<FileOutcome[]> {
  const { signal, onOutcome, onProgress } = options;
  const createWorker = options.createWorker ?? takeSpareWorker;
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
  // Inputs up to this index are run with each answer sent at once (a re-run after a stop).
  let exactUntil = -1;
  const request = (file: InputFile, skip: number, index: number): ExtractRequest => ({
    requestId: nextRequestId++,
    file,
    skip,
    timeLimitMs,
    pdfAssetBase,
    ...(index <= exactUntil ? { flush: true } : {}),
  });
  // Posts the inputs after `i` that are already bytes (File objects are read when reached), in one
  // message, once half of those posted ahead have run (see AHEAD).
  const postAhead = (ch: Channel, i: number) => {
    if (ch.ahead.size > AHEAD / 2) return;
    let bytes = 0;
    for (const a of ch.ahead.values()) bytes += a.bytes;
    const group: { index: number; req: ExtractRequest; bytes: number }[] = [];
    for (
      let j = i + 1;
      j < files.length && ch.ahead.size + group.length < AHEAD && bytes < AHEAD_BYTES;
      j++
    ) {
      const input = files[j] as InputFile | File;
      if (ch.ahead.has(j) || tooLargeOutcome(input)) continue;
      if (isFile(input)) break; // in order only: the Worker runs what it is sent in turn
      group.push({ index: j, req: request(input, 0, j), bytes: input.bytes.length });
      bytes += input.bytes.length;
    }
    if (group.length === 0) return;
    try {
      ch.post(group.length === 1 ? (group[0] as (typeof group)[0]).req : group.map((g) => g.req));
    } catch {
      return; // posted again when reached, and a failure reported then
    }
    for (const g of group)
      ch.ahead.set(g.index, { requestId: g.req.requestId, bytes: g.bytes, flush: g.req.flush === true });
  };
  let channel: Channel | null = null;
  let finished = false;
  report();
  try {
    for (const [i, input] of files.entries()) {
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
          channel ??= new Channel(createWorker());
        } catch (e) {
          answer({ name: file.name, key: await importKey(file.bytes), ...fail(file.name, message(e)) });
          break;
        }
        const ch: Channel = channel;
        const posted = ch.ahead.get(i);
        ch.ahead.delete(i);
        let requestId = posted?.requestId;
        let exact = posted?.flush === true;
        if (requestId === undefined || skip > 0) {
          const req = request(file, skip, i);
          requestId = req.requestId;
          exact = req.flush === true;
          try {
            ch.post(req);
          } catch (e) {
            requestId = -1;
            ch.stop();
            answer({
              name: file.name,
              key: await importKey(file.bytes),
              ...fail(file.name, `提取程序意外中止：${message(e)}`),
            });
          }
          if (requestId < 0) break;
        }
        postAhead(ch, i);
        let started: { index: number; name: string; key: string | null } | null = null;
        const stop = await runRequest(ch, requestId, {
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
              answer(JSON.parse(msg.outcome) as FileOutcome);
              return;
            }
            report();
          },
        });
        if (!stop) break;
        // The Worker is stopped with the requests posted ahead: they are posted again when reached.
        ch.worker.terminate();
        channel = null;
        if (stop.why === "abort") return outcomes;
        if (!exact) {
          // Answers of files done before the stop may have been held in the Worker: re-run from
          // here, each answer sent at once, past every file the stopped Worker had been sent.
          exactUntil = i + AHEAD;
          continue;
        }
        const at: { index: number; name: string; key: string | null } = started ?? {
          index: skip,
          name: file.name,
          key: null,
        };
        const reason = stop.why === "timeout" ? timeLimitText(timeLimitMs) : `提取程序意外中止${stop.detail}`;
        answer({
          name: at.name,
          key: at.key ?? (await importKey(file.bytes)),
          ...fail(at.name, reason),
          ...(stop.why === "timeout" ? { timedOut: true as const } : {}),
        });
        skip = at.index + 1;
        if (count === null || skip >= count) break;
      }
    }
    finished = !signal?.aborted;
  } finally {
    // The app's own Worker, whole and idle after a batch, is kept for the next one (its division
    // list stays loaded); any other, or one stopped mid-batch, is terminated.
    if (channel && finished && !options.createWorker && channel.ahead.size === 0)
      keepSpareWorker(channel.worker);
    else channel?.worker.terminate();
    progress.current = null;
    report();
  }
  return outcomes;
}

/**
 * Waits for one posted request: null when the Worker sent its last result (or "done"), or why it was
 * stopped. Its time limit runs from now (the request before it is answered: the Worker runs requests
 * in order, so this one starts then) and starts again as each entry of an archive starts.
 */
function runRequest(
  ch: Channel,
  requestId: number,
  ctx: { signal: AbortSignal | undefined; timeLimitMs: number; onMessage: (msg: ExtractResponse) => void },
): Promise<Stop | null> {
  return new Promise<Stop | null>((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let finished = false;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => finish({ why: "timeout", detail: "" }), ctx.timeLimitMs);
    };
    const onAbort = () => finish({ why: "abort", detail: "" });
    const finish = (stop: Stop | null) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      ctx.signal?.removeEventListener("abort", onAbort);
      ch.stop();
      resolve(stop);
    };
    ctx.signal?.addEventListener("abort", onAbort);
    if (ctx.signal?.aborted) return onAbort();
    arm();
    ch.listen(
      requestId,
      (msg) => {
        if (finished) return;
        if (msg.type === "done") return finish(null);
        if (msg.type === "start") arm();
        ctx.onMessage(msg);
        if (msg.type === "result" && msg.last) finish(null);
      },
      (detail) => finish({ why: "crash", detail }),
    );
  });
}

const isAnswerList = (data: ExtractAnswer): data is readonly ExtractResponse[] => Array.isArray(data);

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
