// The CLI's extraction thread: the same request handler as the browser's Worker (src/workers/handle),
// in a Node worker thread, so the CLI can stop a file that overruns its time limit (terminate the
// thread) exactly as the page does. pdf.js's CMaps are read from the installed pdfjs-dist; the
// national division list from src/geo, as the Worker loads it.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parentPort } from "node:worker_threads";
import { readDivisions } from "../geo/node";
import { configurePdfAssets } from "../io";
import { handleRequests } from "../workers/handle";
import type { ExtractMessage, ExtractRequest } from "../workers/protocol";

const pdfjsDir = dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
configurePdfAssets({
  cMapUrl: pathToFileURL(join(pdfjsDir, "cmaps") + "/").href,
  read: async (url) => new Uint8Array(await readFile(fileURLToPath(url))),
});

let queue: Promise<void> = Promise.resolve();
parentPort?.on("message", (msg: ExtractMessage) => {
  // The client posts the files it sends ahead several to a message, as to the browser's Worker.
  const reqs: readonly ExtractRequest[] = Array.isArray(msg) ? msg : [msg as ExtractRequest];
  queue = queue.then(() =>
    handleRequests(reqs, (m) => parentPort?.postMessage(m), { divisions: readDivisions() }),
  );
});
