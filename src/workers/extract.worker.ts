// The extraction Worker: report files are decoded and extracted off the main thread, with the same
// io and engine the CLI uses. Loaded by ./client.ts as a module Worker (Vite bundles it separately).
// Requests are answered one after another; the client sends one input at a time anyway.
import { handleRequest } from "./handle";
import type { ExtractRequest } from "./protocol";

const scope = self as unknown as DedicatedWorkerGlobalScope;

let queue: Promise<void> = Promise.resolve();
scope.onmessage = (event: MessageEvent<ExtractRequest>) => {
  queue = queue.then(() => handleRequest(event.data, (msg) => scope.postMessage(msg)));
};
