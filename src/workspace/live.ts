// Keeps the "workspace" data set in the dashboard store in step with IndexedDB: loaded on first
// use, reloaded whenever this tab or another tab writes (channel.ts). Also asks the browser to keep
// the data (navigator.storage.persist) and records its answer for the UI.
import type { DashStore, Dataset } from "../store";
import { workspaceStore } from "../store/workspaceSlice";
import { onWorkspaceChange } from "./channel";
import { loadWorkspaceDataset } from "./source";

let watching: (() => void) | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;

export async function loadAndWatch(store: DashStore, label: string): Promise<Dataset> {
  watching ??= onWorkspaceChange((_kind, fromOtherTab) => {
    if (timer) clearTimeout(timer);
    // A batch announces many writes; reload once they settle.
    timer = setTimeout(() => {
      timer = null;
      loadWorkspaceDataset(label).then(
        (d) => {
          store.getState().datasetLoaded(d);
          if (fromOtherTab) workspaceStore.getState().otherTabChanged();
        },
        (e: unknown) => workspaceStore.getState().storageFailed(e instanceof Error ? e.message : String(e)),
      );
    }, 60);
  });
  void persistenceState();
  return loadWorkspaceDataset(label);
}

async function persistenceState() {
  const s = typeof navigator === "undefined" ? undefined : navigator.storage;
  if (!s?.persisted) return workspaceStore.getState().persistenceKnown("unsupported");
  const granted = await s.persisted().catch(() => false);
  if (granted) workspaceStore.getState().persistenceKnown("granted");
}

/** Asks once the workspace holds something worth keeping; the answer is shown in the 工作区 panel. */
export async function askPersistence() {
  const s = typeof navigator === "undefined" ? undefined : navigator.storage;
  if (!s?.persist) return workspaceStore.getState().persistenceKnown("unsupported");
  const granted = (await s.persisted().catch(() => false)) || (await s.persist().catch(() => false));
  workspaceStore.getState().persistenceKnown(granted ? "granted" : "denied");
}
