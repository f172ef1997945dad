// One import at a time: reads the chosen files, runs the workspace importer (lazily loaded), and
// holds what the dialog shows — progress, the question being asked (duplicates, workspace merge)
// and the summary. Questions are promises the dialog's buttons resolve.
import { create } from "zustand";
import { dashStore } from "../../store";
import { workspaceStore } from "../../store/workspaceSlice";
import type {
  DuplicateAnswer,
  DuplicateQuestion,
  ImportSummary,
  InputFile,
  WorkspaceAnswer,
} from "../../workspace/importer";
import type { MergeConflict } from "../../workspace/file";

export type Question =
  | { kind: "duplicate"; q: DuplicateQuestion; answer: (a: DuplicateAnswer) => void }
  | {
      kind: "workspace";
      name: string;
      conflicts: MergeConflict[];
      answer: (a: WorkspaceAnswer | null) => void;
    };

export interface ImportRun {
  phase: "idle" | "running" | "done";
  question: Question | null;
  summary: ImportSummary | null;
  /** A failure outside any one file (the import code could not load, storage unavailable). */
  error: string | null;
}

export const importRunStore = create<ImportRun>()(() => ({
  phase: "idle",
  question: null,
  summary: null,
  error: null,
}));

let controller: AbortController | null = null;

export function cancelImport() {
  controller?.abort();
  // A question pending when the user cancels is answered "skip" so the run can wind down.
  const q = importRunStore.getState().question;
  if (q?.kind === "duplicate") q.answer({ choice: "skip", applyToRest: true });
  if (q?.kind === "workspace") q.answer(null);
}

export function resetImport() {
  if (importRunStore.getState().phase === "running") return;
  importRunStore.setState({ phase: "idle", question: null, summary: null, error: null });
}

async function readAll(files: readonly File[]): Promise<InputFile[]> {
  const out: InputFile[] = [];
  for (const f of files) {
    // A folder pick carries the path inside the folder: keep it, it names the file in messages.
    const name = f.webkitRelativePath || f.name;
    out.push({ name, bytes: new Uint8Array(await f.arrayBuffer()) });
  }
  return out;
}

function ask<T>(make: (resolve: (a: T) => void) => Question): Promise<T> {
  return new Promise<T>((resolve) => {
    importRunStore.setState({
      question: make((a) => {
        importRunStore.setState({ question: null });
        resolve(a);
      }),
    });
  });
}

export async function runImport(files: readonly File[]) {
  if (importRunStore.getState().phase === "running" || files.length === 0) return;
  const ws = workspaceStore.getState();
  ws.panelOpened("import");
  ws.progressChanged({ done: 0, total: files.length, current: null });
  importRunStore.setState({ phase: "running", question: null, summary: null, error: null });
  controller = new AbortController();
  try {
    const [{ importFiles }, inputs] = await Promise.all([import("../../workspace/importer"), readAll(files)]);
    const summary = await importFiles(inputs, {
      signal: controller.signal,
      onProgress: (p) => workspaceStore.getState().progressChanged(p),
      askDuplicate: (q) => ask<DuplicateAnswer>((answer) => ({ kind: "duplicate", q, answer })),
      askWorkspace: (name, conflicts) =>
        ask<WorkspaceAnswer | null>((answer) => ({ kind: "workspace", name, conflicts, answer })),
    });
    importRunStore.setState({ phase: "done", summary });
    if (summary.storageError) workspaceStore.getState().storageFailed(summary.storageError);
    if (summary.added.length > 0 || summary.workspaces > 0) {
      const { askPersistence } = await import("../../workspace/live");
      void askPersistence();
    }
  } catch (e) {
    importRunStore.setState({ phase: "done", error: e instanceof Error ? e.message : String(e) });
  } finally {
    controller = null;
    workspaceStore.getState().progressChanged(null);
  }
}

/** After an import: show the workspace (its own data set, never mixed with the bundled ones). */
export function showWorkspace() {
  workspaceStore.getState().panelClosed();
  resetImport();
  if (dashStore.getState().dataset !== "workspace") dashStore.getState().datasetChosen("workspace");
}
