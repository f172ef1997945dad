// The review store of this page, writing to the workspace's IndexedDB (src/workspace/db.ts). It
// re-reads the corrections when another tab changes the workspace, so undo never removes something
// this tab has not seen.
import { createReviewStore } from "../../store/reviewSlice";
import { onWorkspaceChange, workspaceDb } from "../../workspace";

export const reviewStore = createReviewStore({
  corrections: () => workspaceDb.corrections(),
  putCorrection: (c, seen) => workspaceDb.putCorrection(c, seen),
  deleteCorrection: (id) => workspaceDb.deleteCorrection(id),
  getMeta: (name) => workspaceDb.getMeta(name),
  setMeta: (name, value) => workspaceDb.setMeta(name, value),
});

let watching = false;
/** Loads the reviewer's name and the corrections once, and again whenever another tab writes. */
export function startReview(): void {
  if (watching) return;
  watching = true;
  void reviewStore.getState().loaded();
  onWorkspaceChange((kind, fromOtherTab) => {
    if (fromOtherTab && kind !== "reports") void reviewStore.getState().loaded();
  });
}
