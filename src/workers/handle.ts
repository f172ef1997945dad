// What the Worker does with one request, as a plain function (testable in Node without a Worker).
import { batchable, extractEach, extractFile, extractTextFiles } from "../data/from-files";
import type { ExtractOptions } from "../extract";
import { configurePdfAssets, fail, importKey, isArchive } from "../io";
import type { ExtractRequest, ExtractResponse, FileOutcome } from "./protocol";

// The page's asset folder the PDF reader was last pointed at: every request names it, and parsing
// its URL again for each file was a measurable part of the Worker's own work per file.
let configuredBase: string | undefined;

/** Points the PDF reader at the page's asset folder when a request names a new one. */
function configure(req: ExtractRequest): void {
  if (req.pdfAssetBase && req.pdfAssetBase !== configuredBase) {
    configurePdfAssets({ cMapUrl: new URL("cmaps/", req.pdfAssetBase).href });
    configuredBase = req.pdfAssetBase;
  }
}

/** Sends an answer; `urgent`: the request asked for each answer at once (see ExtractRequest.flush). */
export type Post = (msg: ExtractResponse, urgent?: boolean) => void;

/**
 * Answers each file of the input as soon as it is done; the last answer says so (or "done" follows).
 * A plain file gets one message; an archive its count and each entry's start too. Never throws.
 * `key`: the plain file's import key, if the caller started hashing it.
 */
export async function handleRequest(
  req: ExtractRequest,
  post: Post,
  engine: ExtractOptions = {},
  key?: Promise<string>,
): Promise<void> {
  const { requestId, file } = req;
  const urgent = req.flush === true;
  configure(req);
  let index = req.skip;
  let count = 1;
  let last = false;
  const answer = (outcome: FileOutcome, end: boolean) => {
    last = end;
    post({ type: "result", requestId, index: index++, outcome: JSON.stringify(outcome), last }, urgent);
  };
  try {
    if (!isArchive(file.bytes, file.name)) {
      // A plain file: one answer (none after a restart past it), without the archive's generator.
      if (req.skip === 0)
        answer(await extractFile(file.bytes, file.name, { timeLimitMs: req.timeLimitMs, engine }, key), true);
    } else {
      const each = extractEach(file.bytes, file.name, {
        skip: req.skip,
        timeLimitMs: req.timeLimitMs,
        engine,
        onCount: (n) => {
          count = n;
          if (n !== 1) post({ type: "count", requestId, count: n }, urgent);
        },
        onStart: (name, key, i) =>
          key !== null && post({ type: "start", requestId, index: i, name, key }, urgent),
      });
      for await (const outcome of each) answer(outcome, index === count - 1);
    }
  } catch (e) {
    // extractEach never throws; this catches a bug, for this file only.
    const reason = fail(file.name, `读取时出错：${e instanceof Error ? e.message : String(e)}`);
    answer({ name: file.name, key: "", ...reason }, true);
  }
  if (!last) post({ type: "done", requestId }, urgent);
}

/**
 * Several requests posted in one message, in order. The plain files' keys are hashed together first
 * (WebCrypto answers each on a task of its own: one wait for them all), then the files are read one
 * after another without the thread waiting in between. Never throws.
 */
export async function handleRequests(
  reqs: readonly ExtractRequest[],
  post: Post,
  engine: ExtractOptions = {},
): Promise<void> {
  const keys = reqs.map((req) => (reqs.length > 1 ? plainKey(req) : undefined));
  await Promise.all(keys.map((k) => k?.catch(() => undefined)));
  for (let i = 0; i < reqs.length;) {
    // A run of small plain files goes through the engine together (extractTextFiles); a request
    // re-run after a hang or crash (flush) goes alone, so a file that hangs is caught by itself.
    let j = i;
    while (j < reqs.length && together(reqs[j] as ExtractRequest) && keys[j]) j++;
    if (j - i >= 2) {
      const run = reqs.slice(i, j);
      configure(run[0] as ExtractRequest);
      let results: FileOutcome[];
      try {
        results = await extractTextFiles(
          run.map((r) => r.file),
          { timeLimitMs: (run[0] as ExtractRequest).timeLimitMs, engine },
          keys.slice(i, j) as Promise<string>[],
        );
      } catch (e) {
        // extractTextFiles never throws; this catches a bug, for these files only.
        const why = `读取时出错：${e instanceof Error ? e.message : String(e)}`;
        results = run.map((r) => ({ name: r.file.name, key: "", ...fail(r.file.name, why) }));
      }
      for (const [k, r] of run.entries())
        post({
          type: "result",
          requestId: r.requestId,
          index: 0,
          outcome: JSON.stringify(results[k]),
          last: true,
        });
      i = j;
    } else {
      await handleRequest(reqs[i] as ExtractRequest, post, engine, keys[i]);
      i++;
    }
  }
}

/** Whether a request may be extracted with others: a first run (not a re-run) of a small plain file. */
const together = (req: ExtractRequest): boolean =>
  req.skip === 0 && req.flush !== true && batchable(req.file.bytes, req.file.name);

/** The key of a request's plain file (not an archive, not skipped past); undefined otherwise. */
function plainKey(req: ExtractRequest): Promise<string> | undefined {
  try {
    return req.skip === 0 && !isArchive(req.file.bytes, req.file.name)
      ? importKey(req.file.bytes)
      : undefined;
  } catch {
    return undefined; // unreadable bytes: handleRequest reports them
  }
}
