// Door of views/: one folder per view, plus the shell pieces (header, tabs). Only the overview, the
// first thing on screen, comes with the page; every other view is its own chunk (lazy.ts), so the
// first paint does not wait for ECharts, TanStack Table or pinyin-pro. The shell shows
// zh.loadingView while a chunk arrives.
export { OverviewView } from "./overview/OverviewView";
export { Header, Tabs, tabId, PANEL_ID, DATASET_SOURCES, useViewport, useStickyTop } from "./shell";
export {
  TrendsView,
  RankingView,
  LevelsView,
  CompletenessView,
  ShortcomingsView,
  TableMount,
  DictionaryMount,
  ReviewView,
  preloadView,
  useViewCode,
} from "./lazy";
export { startPrefetch } from "./prefetch";
