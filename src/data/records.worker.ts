// Off the main thread: fetch a records file, parse it and check it at the boundary, answer with
// the records (or a clear reason). The page's main thread only receives the structured clone.
import { parseRecordsFile } from "./parse";
import type { RecordsReply, RecordsRequest } from "./records";

self.onmessage = async (e: MessageEvent<RecordsRequest>) => {
  const reply = await loadRecords(e.data);
  (self as unknown as Worker).postMessage(reply);
};

async function loadRecords(req: RecordsRequest): Promise<RecordsReply> {
  try {
    let text: string;
    if ("json" in req) text = req.json;
    else {
      const res = await fetch(req.url);
      if (!res.ok) return { ok: false, reason: `读取数据文件失败（HTTP ${res.status}）` };
      text = await res.text();
    }
    const json: unknown = JSON.parse(text);
    return parseRecordsFile(json);
  } catch (err) {
    return { ok: false, reason: `读取数据文件失败：${err instanceof Error ? err.message : String(err)}` };
  }
}
