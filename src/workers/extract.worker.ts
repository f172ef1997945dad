// The extraction Worker: report files are decoded and extracted off the main thread, with the same
// io and engine the CLI uses. Loaded by ./client.ts as a module Worker (Vite bundles it separately).
import { handleRequest } from "./handle";
import type { ExtractRequest } from "./protocol";

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<ExtractRequest>) => {
  handleRequest(event.data, (msg) => scope.postMessage(msg));
};
