// The extraction Worker: report files are decoded and extracted off the main thread, with the same
// io and engine the CLI uses. Loaded by ./client.ts as a module Worker (Vite bundles it separately).
// The division list (its own chunk) loads once per Worker, before the first file is extracted; if it
// cannot load, files are still extracted, only without `division`. Requests are answered one after
// another; the client sends one input at a time anyway.
import { loadDivisions } from "../geo";
import { handleRequest } from "./handle";
import type { ExtractRequest } from "./protocol";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const divisions = loadDivisions().catch(() => undefined);

let queue: Promise<void> = Promise.resolve();
scope.onmessage = (event: MessageEvent<ExtractRequest>) => {
  queue = queue
    .then(() => divisions)
    .then((list) =>
      handleRequest(event.data, (msg) => scope.postMessage(msg), list ? { divisions: list } : {}),
    );
};
