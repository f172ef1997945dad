// The view state that the store holds and the URL carries. Everything here is a choice a person
// made; nothing computed from the data lives here (selectors compute it).
import type { IndicatorId } from "../domain";
import type { DatasetSource, LoadedDataset } from "../data/loader";
import type { ChangeMode, Roster } from "../derive";

export const VIEW_IDS = [
  "overview",
  "levels",
  "trends",
  "ranking",
  "completeness",
  "shortcomings",
  "table",
  "review",
  "dictionary",
] as const;
export type ViewId = (typeof VIEW_IDS)[number];

/** What the evidence panel shows. A report id is enough to find the text; the rest says where. */
export type EvidenceTarget =
  | { kind: "figure"; reportId: string; indicator: IndicatorId }
  | { kind: "shortcoming"; reportId: string; index: number }
  | { kind: "report"; reportId: string }
  /** Which ★ key indicators a report states (a completeness-by-year cell), each highlighted. */
  | { kind: "keys"; reportId: string }
  | { kind: "no_report"; township: string; year: number };

export interface ViewConfig {
  dataset: string;
  /** null = every county of the data set (the sample reports come from five). */
  county: string | null;
  /** Level navigation: the prefecture in view (4-digit code, or 未定位); null = the whole data set. */
  city: string | null;
  /** Focus year of overview, ranking, completeness; null = the latest in scope. */
  year: number | null;
  /** Year range of trends; null ends = open. */
  from: number | null;
  to: number | null;
  /** Township keys picked for trends; null = all (unless `townshipsOmitted` says which are left out). */
  townships: string[] | null;
  /**
   * When most townships are picked, the few left out (the link carries these, not the many picked).
   * At most one of `townships` and `townshipsOmitted` is non-null.
   */
  townshipsOmitted: string[] | null;
  indicator: IndicatorId;
  view: ViewId;
  highlight: string | null;
  change: ChangeMode;
  evidence: EvidenceTarget | null;
  /**
   * The 指标说明 entry to scroll to and highlight. Set only by a link that asks for one (a chart's
   * or tile's 指标说明 link, the table's "?"); the 指标说明 tab leaves it null so the page opens
   * at the top. Kept apart from `indicator`, which is the charts' choice, not a reading position.
   */
  focus: IndicatorId | null;
  /** 趋势: the median with the top and bottom townships (focus), or every township's line (all). */
  trendsShow: TrendsShowMode;
}

/** Which townships' lines 趋势 draws (charts/trends TrendsShow). */
export type TrendsShowMode = "focus" | "all";

export const DEFAULT_VIEW: ViewConfig = {
  dataset: "samples",
  county: null,
  city: null,
  year: null,
  from: null,
  to: null,
  townships: null,
  townshipsOmitted: null,
  indicator: "disputes_handled",
  view: "overview",
  highlight: null,
  change: "absolute",
  evidence: null,
  focus: null,
  trendsShow: "focus",
};

/** A data set as the app holds it: records without texts, the store its texts come from, and
 *  (the workspace) the county's official township list (derive/townships Roster), if chosen. */
export type Dataset = LoadedDataset & { roster?: Roster | null };

/** Where a data set comes from (src/data/loader.ts): bundled files, the workspace. */
export type { DatasetSource };

export type DatasetEntry =
  { status: "loading" } | { status: "ready"; dataset: Dataset } | { status: "error"; reason: string };
