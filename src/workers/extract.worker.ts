// The extraction Worker: report files are decoded and extracted off the main thread, with the same
// io and engine the CLI uses. Loaded by ./client.ts as a module Worker (Vite bundles it separately).
// The division list (its own chunk) loads once per Worker, before the first file is extracted; if it
// cannot load, files are still extracted, only without `division`. Requests are answered one after
// another; the client sends one input at a time anyway.
import inlineCmaps from "virtual:pdf-cmaps";
import { loadDivisions } from "../geo";
import { configurePdfAssets } from "../io";
import { handleRequest } from "./handle";
import type { ExtractRequest } from "./protocol";

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

let queue: Promise<void> = Promise.resolve();
scope.onmessage = (event: MessageEvent<ExtractRequest>) => {
  const req = inlineCmaps ? { ...event.data, pdfAssetBase: undefined } : event.data;
  queue = queue
    .then(() => divisions)
    .then((list) => handleRequest(req, (msg) => scope.postMessage(msg), list ? { divisions: list } : {}));
};
