// The lazily loaded views: each is its own chunk, loaded when first opened or when the pointer
// rests on its tab (preloadView) or by the idle prefetch (prefetch.ts). Kept apart from the door so
// the tabs can preload without an import cycle through it.
// A view's chunk is loaded without Suspense: React.lazy suspends even when the chunk is already
// here (its promise settles a microtask later) and a view that suspends on a click shows the
// shell's fallback, after which React holds the reveal for up to 300 ms (Suspense's reveal
// throttle) — most of a first visit's time. Here a view whose code is here renders in the click's
// own render, and one whose code is not shows zh.loadingView (a status) until its chunk arrives.
// The shell shows [data-testid=app-ready] only when the current view's code is here (useViewCode).
import { createElement, useSyncExternalStore, type ComponentType } from "react";
import type { ViewId } from "../store";
import { zh } from "../text/zh";

const listeners = new Set<() => void>();
let arrivals = 0;
const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => void listeners.delete(l);
};
const arrived = () => {
  arrivals += 1;
  for (const l of listeners) l();
};

function lazyView<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | null = null;
  let failed: unknown = null;
  let pending: Promise<unknown> | null = null;
  const once = () => {
    // A new attempt (a hover, the prefetch) after a failure: the view shows it loading again.
    if (!pending) failed = null;
    return (pending ??= load().then(
      (c) => {
        loaded = c;
        arrived();
      },
      (err: unknown) => {
        failed = err instanceof Error ? err : new Error(String(err));
        pending = null; // the next visit tries again
        arrived();
        throw err;
      },
    ));
  };
  const View = (props: P) => {
    useSyncExternalStore(subscribe, () => arrivals);
    if (loaded) return createElement(loaded, props);
    // A chunk that cannot be fetched is the view's error (its boundary offers the way back).
    if (failed) throw failed;
    once().catch(() => undefined);
    return createElement("p", { className: "loading", role: "status" }, zh.loadingView);
  };
  return { View, load: once, ready: () => loaded !== null };
}

const views = {
  trends: lazyView(() => import("./trends/TrendsView").then((m) => m.TrendsView)),
  ranking: lazyView(() => import("./ranking/RankingView").then((m) => m.RankingView)),
  levels: lazyView(() => import("./levels/LevelsView").then((m) => m.LevelsView)),
  completeness: lazyView(() => import("./completeness/CompletenessView").then((m) => m.CompletenessView)),
  shortcomings: lazyView(() => import("./shortcomings/ShortcomingsView").then((m) => m.ShortcomingsView)),
  table: lazyView(() => import("./table/TableMount").then((m) => m.TableMount)),
  review: lazyView(() => import("./review/ReviewView").then((m) => m.ReviewView)),
  dictionary: lazyView(() => import("./dictionary/DictionaryMount").then((m) => m.DictionaryMount)),
};

export const TrendsView = views.trends.View;
export const RankingView = views.ranking.View;
export const LevelsView = views.levels.View;
export const CompletenessView = views.completeness.View;
export const ShortcomingsView = views.shortcomings.View;
export const TableMount = views.table.View;
export const DictionaryMount = views.dictionary.View;
export const ReviewView = views.review.View;

/** Whether the code of view `id` is here (the overview's always is); re-renders when a chunk arrives. */
export function useViewCode(id: ViewId): boolean {
  return useSyncExternalStore(subscribe, () => {
    const view = (views as Partial<Record<ViewId, { ready: () => boolean }>>)[id];
    return view ? view.ready() : true;
  });
}

/** Downloads a view's chunk ahead of the click; resolves when it is in (a failure is retried by the click). */
export function loadView(id: ViewId): Promise<void> {
  const view = (views as Partial<Record<ViewId, { load: () => Promise<unknown> }>>)[id];
  return view
    ? view.load().then(
        () => undefined,
        () => undefined,
      )
    : Promise.resolve();
}

/** Starts downloading a view's chunk ahead of the click (the tabs, on hover and focus). */
export function preloadView(id: ViewId): void {
  void loadView(id);
}
