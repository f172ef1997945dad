// View tabs. Each is a real link to its hash so it can be opened in a new tab or copied.
import type { MouseEvent } from "react";
import { toHash, useDash, viewConfigOf, VIEW_IDS, type ViewId } from "../../store";
import { zh } from "../../text/zh";
import { preloadView } from "../lazy";

function TabLink({ id }: { id: ViewId }) {
  const view = useDash((s) => s.view);
  const viewChosen = useDash((s) => s.viewChosen);
  const href = useDash((s) => `#${toHash({ ...viewConfigOf(s), view: id, evidence: null })}`);
  const onClick = (e: MouseEvent) => {
    if (e.ctrlKey || e.metaKey || e.shiftKey) return;
    e.preventDefault();
    viewChosen(id);
  };
  return (
    <a
      role="tab"
      aria-selected={view === id}
      className={view === id ? "tab on" : "tab"}
      href={href}
      onClick={onClick}
      onPointerEnter={() => preloadView(id)}
      onFocus={() => preloadView(id)}
      data-testid={`tab-${id}`}
    >
      {zh.views[id]}
    </a>
  );
}

export function Tabs() {
  return (
    <nav className="tabs" role="tablist" aria-label="视图">
      {VIEW_IDS.map((id) => (
        <TabLink key={id} id={id} />
      ))}
    </nav>
  );
}
