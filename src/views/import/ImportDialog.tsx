// 导入报告: the drop zone and pickers, then progress (n of N, current file, cancel) with any
// question the import asks, then what was imported and what was not.
import { useStore } from "zustand";
import { workspaceStore } from "../../store/workspaceSlice";
import { DropZone } from "./DropZone";
import { Modal } from "./Modal";
import { Progress } from "./Progress";
import { QuestionCard } from "./Questions";
import { importRunStore, resetImport, runImport, showWorkspace } from "./run";
import { Summary } from "./Summary";
import { t } from "./text";
import "./import.css";

export function ImportDialog() {
  const run = useStore(importRunStore);
  const close = () => {
    workspaceStore.getState().panelClosed();
    resetImport();
  };
  return (
    <Modal title={t.importTitle} testId="import-dialog" onClose={run.phase === "running" ? null : close}>
      {run.phase === "idle" && <DropZone onFiles={(f) => void runImport(f)} />}
      {run.phase === "running" && (
        <>
          <Progress />
          {run.question && <QuestionCard question={run.question} />}
        </>
      )}
      {run.phase === "done" && (
        <>
          {run.error && (
            <p className="import-error" role="alert">
              {run.error}
            </p>
          )}
          {run.summary && <Summary summary={run.summary} />}
          <div className="import-actions">
            <button type="button" className="primary" data-testid="import-show" onClick={showWorkspace}>
              {t.openWorkspace}
            </button>
            <button type="button" data-testid="import-more" onClick={resetImport}>
              {t.importTitle}
            </button>
            <button type="button" onClick={close}>
              {t.close}
            </button>
          </div>
        </>
      )}
    </Modal>
  );
}
