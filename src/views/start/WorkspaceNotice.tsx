// Tells the person when another tab changed the workspace: briefly after a live update (so a
// change never happens silently under them), and until closed when this tab's correction was
// refused because the other tab got there first (the report was cleared, or the figure changed).
import { useEffect, useState } from "react";
import "./notice.css";
import { useWorkspace, workspaceStore } from "../../store/workspaceSlice";

const SYNCED = "另一个标签页修改了工作区，本页已随之更新。";
const CONFLICT = (m: string) => `另一个标签页先改动了工作区，本页的校对没有保存：${m}`;

export function WorkspaceNotice() {
  const synced = useWorkspace((s) => s.syncedFromOtherTab);
  const conflict = useWorkspace((s) => s.conflict);
  const [shownFor, setShownFor] = useState(0);
  useEffect(() => {
    if (synced === 0) return undefined;
    const t = setTimeout(() => setShownFor(synced), 6000);
    return () => clearTimeout(t);
  }, [synced]);
  if (conflict)
    return (
      <div className="workspace-notice warn" role="alert" data-testid="workspace-conflict">
        <span>{CONFLICT(conflict)}</span>
        <button type="button" aria-label="关闭" onClick={() => workspaceStore.getState().conflictSeen(null)}>
          ×
        </button>
      </div>
    );
  if (synced === 0 || shownFor === synced) return null;
  return (
    <div className="workspace-notice" role="status" data-testid="workspace-synced">
      {SYNCED}
    </div>
  );
}
