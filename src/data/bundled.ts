// The data sets that ship with the app, as data: a records file and a texts file fetched when the
// evidence panel first needs a text (scripts/build/datasets.ts writes both). Nothing here is inside
// the entry chunk but two URLs.
//
// The page fetches the records file itself: the build's prefetch script (scripts/build/datasets.ts)
// has usually started that download with the page, in parallel with the JavaScript, and only the
// page can take over its preload. A small file (the samples: ≈19 KB) is then parsed and checked right
// here — a worker would cost more to start than the whole parse, and the first chart waits for it —
// and indexed by the store on first use; a large one (a province) goes to the records worker, which
// parses, checks and indexes it off the main thread.
import files from "virtual:datasets";
import { parseRecordsFile } from "./parse";
import type { RecordsResult } from "./types";
import type { DatasetSource, LoadedDataset } from "./loader";
import { fetchedTextStore, inlineTextStore, loadRecordsInWorker, pageUrl, type RecordsReply } from "./records";

/** Records files up to this many characters are parsed on the main thread (a few milliseconds). */
export const MAIN_THREAD_LIMIT = 512 * 1024;

/** A records file's text → its checked records (no index: the store builds it on first use). */
export function parseRecordsText(text: string): RecordsResult {
  try {
    return parseRecordsFile(JSON.parse(text));
  } catch (err) {
    return { ok: false, reason: `读取数据文件失败：${err instanceof Error ? err.message : String(err)}` };
  }
}

async function recordsText(url: string, signal?: AbortSignal): Promise<string> {
  const res = await fetch(url, signal ? { signal } : {});
  if (!res.ok) throw new Error(`读取数据文件失败（HTTP ${res.status}）`);
  return res.text();
}

/** Small files here, large ones in the records worker (which also indexes them). */
const recordsOf = async (json: string, signal?: AbortSignal): Promise<RecordsReply> =>
  json.length <= MAIN_THREAD_LIMIT ? parseRecordsText(json) : loadRecordsInWorker({ json }, signal);

/** A bundled data set by id ("samples", "demo"); the label shown is the source's. */
export function bundledSource(id: string, label: string, fictional: boolean): DatasetSource {
  return {
    id,
    label,
    fictional,
    load: async (signal): Promise<LoadedDataset> => {
      const f = files[id];
      if (!f) throw new Error(`没有名为 ${id} 的内置数据集`);
      // The offline single file carries the JSON itself (scripts/build/datasets.ts, `inline`).
      const json = f.inline ? f.records : await recordsText(pageUrl(f.records), signal);
      const result = await recordsOf(json, signal);
      if (!result.ok) throw new Error(result.reason);
      const index = "index" in result ? result.index : undefined;
      return {
        ...result.data,
        id,
        label,
        fictional,
        texts: f.inline ? inlineTextStore(f.texts) : fetchedTextStore(pageUrl(f.texts)),
        ...(index && { index }),
      };
    },
  };
}
