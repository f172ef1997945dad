// The 数据表 stays mounted once opened: another view hides it (<Activity mode="hidden">: its DOM is
// kept, display: none, its effects stopped) instead of unmounting it. At province scale a fresh
// mount built TanStack's row model of 9,400 rows and ~1,500 DOM nodes on every visit; a revisit now
// only shows what is there. Hidden, it is not subscribed to the store (effects are stopped), so
// nothing it shows is recomputed while other views are used or reports import; a change made
// meanwhile (another county) is rendered when it shows again. CurrentView (App.tsx) renders
// nothing for "table"; the shell renders this beside it.
// Before its first visit the idle prefetch (views/prefetch.ts) mounts it hidden (prepareTable):
// React renders a hidden Activity at its lowest priority, in slices a click interrupts, so the
// first visit only shows the table built ahead (its row model and DOM) and runs its effects.
import { Activity, useState, useSyncExternalStore } from "react";
import { useDash } from "../../store";
import { TableMount } from "../lazy";

let prepared = false;
const listeners = new Set<() => void>();
const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};
const isPrepared = () => prepared;

/** Mounts the 数据表 hidden ahead of its first visit (once; the idle prefetch calls it). */
export function prepareTable(): void {
  if (prepared) return;
  prepared = true;
  for (const l of listeners) l();
}

export function KeptTable() {
  const shown = useDash((s) => s.view === "table");
  const ahead = useSyncExternalStore(subscribe, isPrepared, isPrepared);
  const [kept, setKept] = useState(shown);
  // Set during render (React's pattern for state derived from a change): no extra commit.
  if ((shown || ahead) && !kept) setKept(true);
  if (!kept) return null;
  return (
    <Activity mode={shown ? "visible" : "hidden"}>
      <TableMount />
    </Activity>
  );
}
