// What the Worker does with one request, as a plain function (testable in Node without a Worker).
import { extractFile } from "../data/from-files";
import type { ExtractOptions } from "../extract";
import type { ExtractRequest, ExtractResponse, FileOutcome } from "./protocol";

export function extractOne(name: string, bytes: Uint8Array, options: ExtractOptions = {}): FileOutcome {
  try {
    const result = extractFile(bytes, name, options);
    return result.ok ? { name, ok: true, record: result.record } : { name, ok: false, reason: result.reason };
  } catch (e) {
    // extractFile already catches the engine; this catches a bug in reading, for this file only.
    return {
      name,
      ok: false,
      reason: `《${name}》：读取时出错：${e instanceof Error ? e.message : String(e)}`,
    };
  }
}

/** Answers each file as soon as it is done, then says "done". */
export function handleRequest(
  req: ExtractRequest,
  post: (msg: ExtractResponse) => void,
  options: ExtractOptions = {},
): void {
  req.files.forEach((file, index) => {
    post({
      type: "result",
      requestId: req.requestId,
      index,
      outcome: extractOne(file.name, file.bytes, options),
    });
  });
  post({ type: "done", requestId: req.requestId });
}
