// 工作区: what is stored and whether the browser promised to keep it; 导出工作区 / 导入工作区 (one
// versioned JSON file), 清空工作区 (asks first); the county and its township list (RosterSection).
import { useRef, useState } from "react";
import { useDash } from "../../store";
import { useWorkspace, workspaceStore } from "../../store/workspaceSlice";
import { Modal } from "./Modal";
import { RosterSection } from "./RosterSection";
import { runImport } from "./run";
import { w } from "./text";
import "./import.css";

function stamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}`;
}

export async function exportWorkspace(): Promise<string> {
  const { workspaceDb } = await import("../../workspace");
  const file = await workspaceDb.exportFile();
  const name = `工作区-${stamp(new Date())}.json`;
  const blob = new Blob([JSON.stringify(file, null, 1)], { type: "application/json;charset=utf-8" });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return name;
}

export function WorkspacePanel() {
  const persistence = useWorkspace((s) => s.persistence);
  const storageError = useWorkspace((s) => s.storageError);
  const entry = useDash((s) => s.datasets.workspace);
  const count = entry?.status === "ready" ? entry.dataset.reports.length : 0;
  const [note, setNote] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const act = async (work: () => Promise<string>) => {
    setNote(null);
    try {
      setNote(await work());
      workspaceStore.getState().storageFailed(null);
    } catch (e) {
      workspaceStore.getState().storageFailed(e instanceof Error ? e.message : String(e));
    }
  };
  const clear = () =>
    act(async () => {
      const { workspaceDb } = await import("../../workspace");
      await workspaceDb.clear();
      setConfirming(false);
      return w.cleared;
    });
  return (
    <Modal title={w.title} testId="workspace-panel" onClose={() => workspaceStore.getState().panelClosed()}>
      <p data-testid="workspace-count">{w.count(count)}</p>
      <p className={`persistence ${persistence}`} data-testid="workspace-persistence">
        {w.persistence[persistence]}
      </p>
      {storageError && (
        <p className="import-error" role="alert" data-testid="workspace-error">
          {storageError}
        </p>
      )}
      {note && (
        <p role="status" data-testid="workspace-note">
          {note}
        </p>
      )}
      <div className="import-actions">
        <button
          type="button"
          data-testid="workspace-export"
          onClick={() => void act(async () => w.exported(await exportWorkspace()))}
        >
          {w.exportWs}
        </button>
        <button type="button" data-testid="workspace-import" onClick={() => input.current?.click()}>
          {w.importWs}
        </button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="workspace-import-file"
          onChange={(e) => {
            const files = e.currentTarget.files ? [...e.currentTarget.files] : [];
            e.currentTarget.value = "";
            void runImport(files);
          }}
        />
        <button
          type="button"
          className="danger"
          data-testid="workspace-clear"
          onClick={() => setConfirming(true)}
        >
          {w.clearWs}
        </button>
      </div>
      {confirming && (
        <div
          className="import-question"
          role="alertdialog"
          aria-label={w.clearWs}
          data-testid="workspace-clear-confirm"
        >
          <p>{w.clearConfirm}</p>
          <div className="import-actions">
            <button
              type="button"
              className="danger"
              data-testid="workspace-clear-yes"
              onClick={() => void clear()}
            >
              {w.clearYes}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {w.clearNo}
            </button>
          </div>
        </div>
      )}
      <RosterSection onError={(m) => workspaceStore.getState().storageFailed(m)} />
    </Modal>
  );
}
