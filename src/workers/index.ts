// workers: the browser's door to extraction. The UI calls extractFilesInWorker; the Worker module
// itself (extract.worker.ts) is loaded by URL and is not imported from here.
export {
  extractFilesInWorker,
  readBrowserFiles,
  createExtractWorker,
  type ExtractOptions,
  type WorkerLike,
} from "./client";
export type { FileOutcome, InputFile, ExtractRequest, ExtractResponse } from "./protocol";
