// The workspace's UI state, in a store of its own (kept apart from the dashboard store so import
// and review merge easily): whether the import dialog is open, the import's progress, whether the
// browser promised to keep the data, and the last storage failure. The workspace's reports are
// not here: they are the "workspace" data set in the dashboard store.
import { create } from "zustand";
import { useStore } from "zustand";

export type Persistence = "unknown" | "granted" | "denied" | "unsupported";
export type WorkspacePanel = "import" | "workspace" | null;

export interface ImportProgressState {
  done: number;
  total: number;
  current: string | null;
}

export interface WorkspaceState {
  /** Which dialog is open: 导入报告 (files) or 工作区 (export, import, clear, county and roster). */
  panel: WorkspacePanel;
  progress: ImportProgressState | null;
  persistence: Persistence;
  /** A storage failure to show (quota, storage unavailable); null when none. */
  storageError: string | null;
  /** Another tab changed the workspace and this one reloaded it (shown briefly). */
  syncedFromOtherTab: number;
  /** A write this tab refused because another tab changed the workspace first (shown until closed). */
  conflict: string | null;
  panelOpened: (panel: Exclude<WorkspacePanel, null>) => void;
  panelClosed: () => void;
  progressChanged: (p: ImportProgressState | null) => void;
  persistenceKnown: (p: Persistence) => void;
  storageFailed: (message: string | null) => void;
  otherTabChanged: () => void;
  conflictSeen: (message: string | null) => void;
}

export const workspaceStore = create<WorkspaceState>()((set) => ({
  panel: null,
  progress: null,
  persistence: "unknown",
  storageError: null,
  syncedFromOtherTab: 0,
  conflict: null,
  panelOpened: (panel) => set({ panel }),
  panelClosed: () => set({ panel: null }),
  progressChanged: (progress) => set({ progress }),
  persistenceKnown: (persistence) => set({ persistence }),
  storageFailed: (storageError) => set({ storageError }),
  otherTabChanged: () => set((s) => ({ syncedFromOtherTab: s.syncedFromOtherTab + 1 })),
  conflictSeen: (conflict) => set({ conflict }),
}));

export function useWorkspace<T>(selector: (s: WorkspaceState) => T): T {
  return useStore(workspaceStore, selector);
}
