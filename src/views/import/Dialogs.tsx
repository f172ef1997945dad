// The workspace's dialogs, mounted by the shell while one is open (a lazy chunk of its own).
import { useWorkspace } from "../../store/workspaceSlice";
import { ImportDialog } from "./ImportDialog";
import { WorkspacePanel } from "./WorkspacePanel";

export default function WorkspaceDialogs() {
  const panel = useWorkspace((s) => s.panel);
  if (panel === "import") return <ImportDialog />;
  if (panel === "workspace") return <WorkspacePanel />;
  return null;
}
