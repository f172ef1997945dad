// Tabs on one workspace hear about each other's writes: every write to the database is announced
// on a BroadcastChannel, and a tab that hears one reloads the workspace from the database (live
// update). Nothing is cached across a write, so an edit in one tab is never silently undone by a
// stale copy in another: each write is a single put of one record, and the other tab re-reads.

export type ChangeKind = "reports" | "corrections" | "meta" | "all";

const CHANNEL = "township-rule-of-law-workspace";
let channel: BroadcastChannel | null = null;

function open(): BroadcastChannel | null {
  if (typeof BroadcastChannel === "undefined") return null;
  channel ??= new BroadcastChannel(CHANNEL);
  return channel;
}

const local = new Set<(kind: ChangeKind, fromOtherTab: boolean) => void>();

/** Tells this tab's listeners and every other tab that the workspace changed. */
export function announce(kind: ChangeKind) {
  for (const fn of local) fn(kind, false);
  open()?.postMessage({ kind });
}

/** Hears every change, this tab's and other tabs'. Returns the unsubscribe function. */
export function onWorkspaceChange(fn: (kind: ChangeKind, fromOtherTab: boolean) => void): () => void {
  local.add(fn);
  const ch = open();
  const onMessage = (e: MessageEvent<{ kind: ChangeKind }>) => fn(e.data.kind, true);
  ch?.addEventListener("message", onMessage);
  return () => {
    local.delete(fn);
    ch?.removeEventListener("message", onMessage);
  };
}
