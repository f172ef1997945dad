// View tabs. Each is a real link to its hash so it can be opened in a new tab or copied. For the
// keyboard they behave as a tab list: one tab stop (the current view), ←/→ (Home/End) move between
// tabs, Enter or Space opens the focused one; the tab panel is the shell's <main>.
import type { KeyboardEvent, MouseEvent } from "react";
import { selectCounties, toHash, useDash, viewConfigOf, VIEW_IDS, type ViewId } from "../../store";
import { zh } from "../../text/zh";
import { preloadView } from "../lazy";

export const tabId = (id: ViewId): string => `tab-${id}`;
export const PANEL_ID = "main";

function TabLink({ id }: { id: ViewId }) {
  const view = useDash((s) => s.view);
  const viewChosen = useDash((s) => s.viewChosen);
  const href = useDash((s) => `#${toHash({ ...viewConfigOf(s), view: id, evidence: null, focus: null })}`);
  const onClick = (e: MouseEvent) => {
    if (e.ctrlKey || e.metaKey || e.shiftKey) return;
    e.preventDefault();
    viewChosen(id);
  };
  const selected = view === id;
  return (
    <a
      role="tab"
      id={tabId(id)}
      aria-selected={selected}
      aria-controls={PANEL_ID}
      tabIndex={selected ? 0 : -1}
      className={selected ? "tab on" : "tab"}
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
  // 校对 is for the user's own reports: the tab shows with the workspace data set only.
  const reviewable = useDash((s) => s.dataset === "workspace");
  // 区县对比 compares counties: it shows when the data set spans more than one.
  const counties = useDash((s) => selectCounties(s).length);
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const tabs = [...e.currentTarget.querySelectorAll<HTMLAnchorElement>('[role="tab"]')];
    const at = tabs.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    const to: Record<string, number> = {
      ArrowRight: (at + 1) % tabs.length,
      ArrowLeft: (at - 1 + tabs.length) % tabs.length,
      Home: 0,
      End: tabs.length - 1,
    };
    if (e.key in to) {
      e.preventDefault();
      tabs[to[e.key] as number]?.focus();
    } else if (e.key === " ") {
      // Links open on Enter only; a tab also opens on Space.
      e.preventDefault();
      tabs[at]?.click();
    }
  };
  return (
    <nav className="tabs" role="tablist" aria-label="视图" onKeyDown={onKeyDown}>
      {VIEW_IDS.filter((id) => (id !== "review" || reviewable) && (id !== "levels" || counties > 1)).map(
        (id) => (
          <TabLink key={id} id={id} />
        ),
      )}
    </nav>
  );
}
