// Glue between the store and the outside world: the URL hash (both ways) and data set loading.
// Kept apart from the store so the store and url.ts stay pure and testable without a window.
import type { DashStore } from "./store";
import { viewConfigOf } from "./store";
import type { DatasetSource } from "./types";
import { configFromHash, toHash } from "./url";

interface WindowLike {
  location: { hash: string; pathname: string; search: string };
  history: {
    pushState: (d: unknown, t: string, u: string) => void;
    replaceState: (d: unknown, t: string, u: string) => void;
  };
  addEventListener: (type: "hashchange" | "popstate", fn: () => void) => void;
  removeEventListener: (type: "hashchange" | "popstate", fn: () => void) => void;
}

/**
 * Reads the hash into the store now and on every hash change; writes the store back into the hash.
 * A change of view is a new history entry (Back returns to the previous view); other changes
 * replace the current entry so the history is not flooded with filter clicks.
 */
export function startUrlSync(store: DashStore, win: WindowLike): () => void {
  let last = toHash(configFromHash(win.location.hash));
  store.getState().urlChanged(configFromHash(win.location.hash));
  const unsubscribe = store.subscribe((s, prev) => {
    const next = toHash(viewConfigOf(s));
    if (next === last) return;
    last = next;
    const url = next ? `#${next}` : `${win.location.pathname}${win.location.search}`;
    if (s.view !== prev.view) win.history.pushState(null, "", url);
    else win.history.replaceState(null, "", url);
  });
  const onHash = () => {
    const config = configFromHash(win.location.hash);
    const normalised = toHash(config);
    if (normalised === last) return;
    last = normalised;
    store.getState().urlChanged(config);
  };
  win.addEventListener("hashchange", onHash);
  win.addEventListener("popstate", onHash);
  return () => {
    unsubscribe();
    win.removeEventListener("hashchange", onHash);
    win.removeEventListener("popstate", onHash);
  };
}

/** Loads the chosen data set when it is first needed; an unknown id falls back to the first source. */
export function startDatasetLoading(store: DashStore, sources: readonly DatasetSource[]): () => void {
  const ensure = () => {
    const s = store.getState();
    const source = sources.find((x) => x.id === s.dataset);
    if (!source) {
      const first = sources[0];
      if (first) {
        s.datasetChosen(first.id);
        ensure();
      }
      return;
    }
    if (s.datasets[source.id]) return;
    s.datasetLoadStarted(source.id);
    source.load().then(
      // The header's label is the one name of the data set: chart source lines and exports read it
      // from here, so a file that calls itself something else cannot make them disagree.
      (dataset) => {
        store.getState().datasetLoaded({ ...dataset, id: source.id, label: source.label || dataset.label });
        // The benchmark reads this mark (scripts/bench.ts): records fetched, checked and in the store.
        globalThis.performance?.mark?.(`dataset-loaded:${source.id}`);
      },
      (err: unknown) =>
        store.getState().datasetLoadFailed(source.id, err instanceof Error ? err.message : String(err)),
    );
  };
  ensure();
  return store.subscribe((s, prev) => {
    if (s.dataset !== prev.dataset) ensure();
  });
}
