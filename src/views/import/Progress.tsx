// Import progress: n of N, the file being read, and a cancel button.
import { useWorkspace } from "../../store/workspaceSlice";
import { cancelImport } from "./run";
import { t } from "./text";

export function Progress() {
  const p = useWorkspace((s) => s.progress);
  const total = p?.total ?? 0;
  const done = p?.done ?? 0;
  return (
    <div className="import-progress" data-testid="import-progress" role="status" aria-live="polite">
      <div className="import-progress-line">
        <strong data-testid="import-count">{total ? t.progress(done, total) : t.reading}</strong>
        <span className="import-current" data-testid="import-current" title={p?.current ?? ""}>
          {p?.current ?? ""}
        </span>
      </div>
      <progress
        max={Math.max(total, 1)}
        value={done}
        aria-label={total ? t.progress(done, total) : t.reading}
      />
      <button type="button" data-testid="import-cancel" onClick={cancelImport}>
        {t.cancel}
      </button>
    </div>
  );
}
