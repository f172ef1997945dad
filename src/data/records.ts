// Loading a records file off the main thread (records.worker.ts), and a text store that fetches a
// texts file the first time the evidence panel asks for a text.
import type { RecordIndex } from "./indexing";
import type { TextStore } from "./loader";
import type { RecordsResult } from "./types";

/** A records file by URL, or (the offline single file, which cannot fetch) its JSON itself. */
export type RecordsRequest = { url: string } | { json: string };
/** The worker's answer: the checked records and, with them, their index. */
export type RecordsReply = RecordsResult | (Extract<RecordsResult, { ok: true }> & { index: RecordIndex });

/** Absolute URL of a file given relative to the page (a worker resolves against its own URL). */
export const pageUrl = (path: string): string => new URL(path, document.baseURI).href;

/** Fetches, parses and checks a records file in a worker; the worker ends with the answer. */
export function loadRecordsInWorker(request: RecordsRequest, signal?: AbortSignal): Promise<RecordsReply> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./records.worker.ts", import.meta.url), { type: "module" });
    const done = () => worker.terminate();
    signal?.addEventListener("abort", () => {
      done();
      reject(new DOMException("aborted", "AbortError"));
    });
    worker.onmessage = (e: MessageEvent<RecordsReply>) => {
      done();
      resolve(e.data);
    };
    worker.onerror = (e) => {
      done();
      reject(new Error(e.message || "数据加载线程出错"));
    };
    worker.postMessage(request);
  });
}

/** Texts fetched once, on the first request, from a JSON file of report id → text. */
export function fetchedTextStore(url: string): TextStore {
  let texts: Promise<Record<string, string>> | null = null;
  return {
    get: async (id) => {
      texts ??= fetch(url)
        .then((r) => {
          if (!r.ok) throw new Error(`读取报告原文失败（HTTP ${r.status}）`);
          return r.json() as Promise<Record<string, string>>;
        })
        .catch((err: unknown) => {
          texts = null; // a failed fetch is retried by the next request
          throw err;
        });
      const all = await texts;
      return Object.hasOwn(all, id) ? (all[id] ?? null) : null;
    },
  };
}

/** Texts carried in the page itself (the offline single file), parsed on the first request. */
export function inlineTextStore(json: string): TextStore {
  let texts: Record<string, string> | null = null;
  return {
    get: async (id) => {
      texts ??= JSON.parse(json) as Record<string, string>;
      return Object.hasOwn(texts, id) ? (texts[id] ?? null) : null;
    },
  };
}
