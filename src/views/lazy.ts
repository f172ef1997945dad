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

/** Starts downloading a view's chunk ahead of the click (a failed prefetch is retried by the click). */
export function preloadView(id: ViewId): void {
  const load = (loaders as Partial<Record<ViewId, () => Promise<unknown>>>)[id];
  if (load) void load().catch(() => undefined);
}
