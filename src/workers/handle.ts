// What the Worker does with one request, as a plain function (testable in Node without a Worker).
import { extractEach } from "../data/from-files";
import type { ExtractOptions } from "../extract";
import { configurePdfAssets, fail } from "../io";
import type { ExtractRequest, ExtractResponse, FileOutcome } from "./protocol";

// The page's asset folder the PDF reader was last pointed at: every request names it, and parsing
// its URL again for each file was a measurable part of the Worker's own work per file.
let configuredBase: string | undefined;

/**
 * Answers each file of the input as soon as it is done; the last answer says so (or "done" follows).
 * A plain file gets one message; an archive its count and each entry's start too. Never throws.
 */
export async function handleRequest(
  req: ExtractRequest,
  post: (msg: ExtractResponse) => void,
  engine: ExtractOptions = {},
): Promise<void> {
  const { requestId, file } = req;
  if (req.pdfAssetBase && req.pdfAssetBase !== configuredBase) {
    configurePdfAssets({ cMapUrl: new URL("cmaps/", req.pdfAssetBase).href });
    configuredBase = req.pdfAssetBase;
  }
  let index = req.skip;
  let count = 1;
  let last = false;
  const answer = (outcome: FileOutcome, end: boolean) => {
    last = end;
    post({ type: "result", requestId, index: index++, outcome: JSON.stringify(outcome), last });
  };
  try {
    const each = extractEach(file.bytes, file.name, {
      skip: req.skip,
      timeLimitMs: req.timeLimitMs,
      engine,
      onCount: (n) => {
        count = n;
        if (n !== 1) post({ type: "count", requestId, count: n });
      },
      // A plain file's start is implied (the page knows it, and what runs in the Worker is in order).
      onStart: (name, key, i) => key !== null && post({ type: "start", requestId, index: i, name, key }),
    });
    for await (const outcome of each) answer(outcome, index === count - 1);
  } catch (e) {
    // extractEach never throws; this catches a bug, for this file only.
    const reason = fail(file.name, `读取时出错：${e instanceof Error ? e.message : String(e)}`);
    answer({ name: file.name, key: "", ...reason }, true);
  }
  if (!last) post({ type: "done", requestId });
}
