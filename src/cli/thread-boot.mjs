// Starts ./thread.ts in a worker thread: Node 20 does not pass tsx's loader on to worker threads,
// so the thread registers it before importing the TypeScript.
import { register } from "tsx/esm/api";

register();
await import("./thread.ts");
