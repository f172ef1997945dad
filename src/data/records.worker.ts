// Off the main thread: fetch a records file, parse it and check it at the boundary, index it (by
// county, prefecture, township, year, indicator: ./indexing), answer with the records and their
// index (or a clear reason). The page's main thread only receives the structured clone.
import { indexRecords } from "./indexing";
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
    const parsed = parseRecordsFile(json);
    return parsed.ok ? { ok: true, data: parsed.data, index: indexRecords(parsed.data.reports) } : parsed;
  } catch (err) {
    return { ok: false, reason: `读取数据文件失败：${err instanceof Error ? err.message : String(err)}` };
  }
}
