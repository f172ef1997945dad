// The lazily loaded views: each is its own chunk, loaded when first opened or when the pointer
// rests on its tab (preloadView). Kept apart from the door so the tabs can preload without an
// import cycle through it.
import { lazy } from "react";
import type { ViewId } from "../store";

const loaders = {
  trends: () => import("./trends/TrendsView").then((m) => ({ default: m.TrendsView })),
  ranking: () => import("./ranking/RankingView").then((m) => ({ default: m.RankingView })),
  levels: () => import("./levels/LevelsView").then((m) => ({ default: m.LevelsView })),
  completeness: () =>
    import("./completeness/CompletenessView").then((m) => ({ default: m.CompletenessView })),
  shortcomings: () =>
    import("./shortcomings/ShortcomingsView").then((m) => ({ default: m.ShortcomingsView })),
  table: () => import("./table/TableMount").then((m) => ({ default: m.TableMount })),
  review: () => import("./review/ReviewView").then((m) => ({ default: m.ReviewView })),
  dictionary: () => import("./dictionary/DictionaryMount").then((m) => ({ default: m.DictionaryMount })),
};

export const TrendsView = lazy(loaders.trends);
export const RankingView = lazy(loaders.ranking);
export const LevelsView = lazy(loaders.levels);
export const CompletenessView = lazy(loaders.completeness);
export const ShortcomingsView = lazy(loaders.shortcomings);
export const TableMount = lazy(loaders.table);
export const DictionaryMount = lazy(loaders.dictionary);
export const ReviewView = lazy(loaders.review);

/** Downloads a view's chunk ahead of the click; resolves when it is in (a failure is retried by the click). */
export function loadView(id: ViewId): Promise<void> {
  const load = (loaders as Partial<Record<ViewId, () => Promise<unknown>>>)[id];
  return load
    ? load().then(
        () => undefined,
        () => undefined,
      )
    : Promise.resolve();
}

/** Starts downloading a view's chunk ahead of the click (the tabs, on hover and focus). */
export function preloadView(id: ViewId): void {
  void loadView(id);
}
