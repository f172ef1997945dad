// Report files → outcomes in the CLI, through the page's own client (src/workers/client.ts) with a
// Node worker thread in place of the browser's Worker: one recipe, one per-file time limit, one
// restart-and-carry-on rule for a file that overruns or crashes.
import { Worker } from "node:worker_threads";
import { extractFiles, type WorkerLike } from "../workers/client";
import type { ExtractMessage, ExtractResponse, FileOutcome, InputFile } from "../workers/protocol";

class ThreadWorker implements WorkerLike {
  onmessage: WorkerLike["onmessage"] = null;
  onerror: WorkerLike["onerror"] = null;
  private readonly thread = new Worker(new URL("./thread-boot.mjs", import.meta.url));
  private stopped = false;

  constructor() {
    this.thread.on("message", (data: ExtractResponse) =>
      this.onmessage?.({ data } as MessageEvent<ExtractResponse>),
    );
    this.thread.on("error", (e) => this.onerror?.({ message: e.message } as ErrorEvent));
    this.thread.on("exit", (code) => {
      if (!this.stopped) this.onerror?.({ message: `exit ${code}` } as ErrorEvent);
    });
  }
  postMessage(message: ExtractMessage): void {
    this.thread.postMessage(message);
  }
  terminate(): void {
    this.stopped = true;
    void this.thread.terminate();
  }
}

export function extractInThreads(
  files: readonly InputFile[],
  timeLimitMs: number,
  onOutcome?: (outcome: FileOutcome) => void,
): Promise<FileOutcome[]> {
  return extractFiles(files, {
    timeLimitMs,
    createWorker: () => new ThreadWorker(),
    ...(onOutcome ? { onOutcome } : {}),
  });
}
