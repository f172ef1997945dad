// Door of views/: one folder per view, plus the shell pieces (header, tabs, mounts).
export { OverviewView } from "./overview/OverviewView";
export { TrendsView } from "./trends/TrendsView";
export { RankingView } from "./ranking/RankingView";
export { CompletenessView } from "./completeness/CompletenessView";
export { ShortcomingsView } from "./shortcomings/ShortcomingsView";
export {
  Header,
  Tabs,
  TableMount,
  DictionaryMount,
  DATASET_SOURCES,
  useViewport,
  useStickyTop,
} from "./shell";
