// The extraction Worker: report files are decoded and extracted off the main thread, with the same
// io and engine the CLI uses. Loaded by ./client.ts as a module Worker (Vite bundles it separately).
// The division list (its own chunk) loads once per Worker, before the first file is extracted; if it
// cannot load, files are still extracted, only without `division`. Requests are answered one after
// another; the client posts the files it sends ahead several to a message, and the answers go back
// in groups too (./outbox.ts), all held ones as soon as nothing is left to run.
import inlineCmaps from "virtual:pdf-cmaps";
import { loadDivisions } from "../geo";
import { configurePdfAssets } from "../io";
import { handleRequests } from "./handle";
import { Outbox } from "./outbox";
import type { ExtractOptions } from "../extract";
import type { ExtractMessage, ExtractRequest, ExtractResponse } from "./protocol";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const divisions = loadDivisions().catch(() => undefined);

// The offline single file (opened from file://, where nothing can be fetched) carries the Chinese
// CMaps inside this Worker (scripts/build/offline.ts); then the page's asset folder is not used.
if (inlineCmaps) {
  const cmaps = inlineCmaps;
  configurePdfAssets({
    cMapUrl: "inline:/",
    read: async (url) => {
      const base64 = cmaps[url.slice("inline:/".length)];
      if (base64 === undefined) throw new Error(`pdf.js asset not available: ${url}`);
      return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    },
  });
}

const outbox = new Outbox((msgs: ExtractResponse[]) => scope.postMessage(msgs));
let waiting = 0; // messages received and not yet answered in full
let engine: ExtractOptions = {};
// Requests run one after another, each once the list has loaded (or failed to).
let queue: Promise<void> = divisions.then((list) => {
  if (list) engine = { divisions: list };
});
scope.onmessage = (event: MessageEvent<ExtractMessage>) => {
  const data = event.data;
  const posted: readonly ExtractRequest[] = Array.isArray(data) ? data : [data as ExtractRequest];
  const reqs = inlineCmaps ? posted.map((r) => ({ ...r, pdfAssetBase: undefined })) : posted;
  waiting++;
  queue = queue
    .then(() => handleRequests(reqs, outbox.post, engine))
    .then(() => {
      if (--waiting === 0) outbox.flush();
    });
};
