// The extraction Worker: report files are decoded and extracted off the main thread, with the same
// io and engine the CLI uses. Loaded by ./client.ts as a module Worker (Vite bundles it separately).
// The division list (its own chunk) loads once per Worker, before the first file is extracted; if it
// cannot load, files are still extracted, only without `division`.
import { loadDivisions } from "../geo";
import { handleRequest } from "./handle";
import type { ExtractRequest } from "./protocol";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const divisions = loadDivisions().catch(() => undefined);

scope.onmessage = (event: MessageEvent<ExtractRequest>) => {
  void divisions.then((list) =>
    handleRequest(event.data, (msg) => scope.postMessage(msg), { divisions: list }),
  );
};
