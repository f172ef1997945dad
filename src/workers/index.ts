// workers: the browser's door to extraction. The UI calls extractFiles (files in, one outcome per
// file out, with progress, cancel and a per-file time limit); the Worker module itself
// (extract.worker.ts) is loaded by URL and is not imported from here.
export {
  extractFiles,
  readBrowserFiles,
  createExtractWorker,
  type ExtractFilesOptions,
  type ExtractProgress,
  type WorkerLike,
} from "./client";
export type {
  FileOutcome,
  InputFile,
  ExtractAnswer,
  ExtractMessage,
  ExtractRequest,
  ExtractResponse,
} from "./protocol";
