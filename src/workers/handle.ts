// What the Worker does with one request, as a plain function (testable in Node without a Worker).
import { extractEach, extractFile } from "../data/from-files";
import type { ExtractOptions } from "../extract";
import { configurePdfAssets, fail, importKey, isArchive } from "../io";
import type { ExtractRequest, ExtractResponse, FileOutcome } from "./protocol";

// The page's asset folder the PDF reader was last pointed at: every request names it, and parsing
// its URL again for each file was a measurable part of the Worker's own work per file.
let configuredBase: string | undefined;

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
  if (req.pdfAssetBase && req.pdfAssetBase !== configuredBase) {
    configurePdfAssets({ cMapUrl: new URL("cmaps/", req.pdfAssetBase).href });
    configuredBase = req.pdfAssetBase;
  }
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
  for (const [i, req] of reqs.entries()) await handleRequest(req, post, engine, keys[i]);
}

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
