// What the Worker does with one request, as a plain function (testable in Node without a Worker).
import { extractEach } from "../data/from-files";
import type { ExtractOptions } from "../extract";
import { configurePdfAssets, fail } from "../io";
import type { ExtractRequest, ExtractResponse } from "./protocol";

/** Answers each file of the input as soon as it is done, then says "done". Never throws. */
export async function handleRequest(
  req: ExtractRequest,
  post: (msg: ExtractResponse) => void,
  engine: ExtractOptions = {},
): Promise<void> {
  const { requestId, file } = req;
  if (req.pdfAssetBase) configurePdfAssets({ cMapUrl: new URL("cmaps/", req.pdfAssetBase).href });
  let index = req.skip;
  try {
    const each = extractEach(file.bytes, file.name, {
      skip: req.skip,
      timeLimitMs: req.timeLimitMs,
      engine,
      onCount: (count) => post({ type: "count", requestId, count }),
      onStart: (name, key, i) => post({ type: "start", requestId, index: i, name, key }),
    });
    for await (const outcome of each) post({ type: "result", requestId, index: index++, outcome });
  } catch (e) {
    // extractEach never throws; this catches a bug, for this file only.
    const reason = fail(file.name, `读取时出错：${e instanceof Error ? e.message : String(e)}`);
    post({ type: "result", requestId, index, outcome: { name: file.name, key: "", ...reason } });
  }
  post({ type: "done", requestId });
}
