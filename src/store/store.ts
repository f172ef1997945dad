// The one store (DESIGN §6): a data slice (data sets as loaded, reports imported in the browser)
// and a view slice (the ViewConfig the URL carries). Actions are named for what happened.
import { create } from "zustand";
import type { IndicatorId, StoredReport } from "../domain";
import type { ChangeMode } from "../derive";
import {
  DEFAULT_VIEW,
  type Dataset,
  type DatasetEntry,
  type EvidenceTarget,
  type TrendsShowMode,
  type ViewConfig,
  type ViewId,
} from "./types";

export interface DataSlice {
  datasets: Record<string, DatasetEntry>;
  /**
   * Reports imported in the browser, per data set id. Empty until import lands; selectors already
   * join them with the bundled reports (derive/layers.ts) so import needs no reshaping.
   */
  imported: Record<string, StoredReport[]>;
  datasetLoadStarted: (id: string) => void;
  datasetLoaded: (dataset: Dataset) => void;
  datasetLoadFailed: (id: string, reason: string) => void;
}

export interface ViewSlice extends ViewConfig {
  viewChosen: (view: ViewId, extra?: Partial<ViewConfig>) => void;
  datasetChosen: (id: string) => void;
  countyChosen: (county: string | null) => void;
  /** Level navigation: a prefecture (or 未定位, or null for all); the county choice is dropped. */
  cityChosen: (city: string | null) => void;
  yearChosen: (year: number | null) => void;
  yearRangeChosen: (from: number | null, to: number | null) => void;
  indicatorChosen: (indicator: IndicatorId) => void;
  townshipsChosen: (keys: string[] | null) => void;
  townshipToggled: (key: string, all: readonly string[]) => void;
  townshipHighlighted: (key: string | null) => void;
  changeModeChosen: (mode: ChangeMode) => void;
  trendsShowChosen: (show: TrendsShowMode) => void;
  evidenceOpened: (target: EvidenceTarget) => void;
  evidenceClosed: () => void;
  /** The URL changed (link opened, back button, hand edit): it is the whole view config. */
  urlChanged: (config: ViewConfig) => void;
}

export type DashState = DataSlice & ViewSlice;

/** The picked keys a selection stands for, given every key in scope. */
export function pickedOf(
  picked: string[] | null,
  omitted: string[] | null,
  all: readonly string[],
): string[] {
  if (picked !== null) return picked;
  return omitted === null ? [...all] : all.filter((k) => !omitted.includes(k));
}

/**
 * A picked set as the store keeps it: null for all, the left-out few when more than half are picked
 * (so a link names one township, not twelve), else the picked ones; in the order of the full list so
 * the URL is stable whatever the click order.
 */
export function selectionOf(
  picked: readonly string[],
  all: readonly string[],
): Pick<ViewConfig, "townships" | "townshipsOmitted"> {
  const ordered = all.filter((k) => picked.includes(k));
  if (ordered.length === all.length) return { townships: null, townshipsOmitted: null };
  if (ordered.length > 0 && ordered.length * 2 > all.length)
    return { townships: null, townshipsOmitted: all.filter((k) => !picked.includes(k)) };
  return { townships: ordered, townshipsOmitted: null };
}

export const createDashStore = (initial: Partial<ViewConfig> = {}) =>
  create<DashState>()((set) => ({
    datasets: {},
    imported: {},
    datasetLoadStarted: (id) => set((s) => ({ datasets: { ...s.datasets, [id]: { status: "loading" } } })),
    datasetLoaded: (dataset) =>
      set((s) => ({ datasets: { ...s.datasets, [dataset.id]: { status: "ready", dataset } } })),
    datasetLoadFailed: (id, reason) =>
      set((s) => ({ datasets: { ...s.datasets, [id]: { status: "error", reason } } })),

    ...DEFAULT_VIEW,
    ...initial,
    // A dictionary focus belongs to the link that asked for it: any other way of changing view drops it.
    viewChosen: (view, extra = {}) => set({ view, focus: null, ...extra }),
    // Another data set has other counties and townships: choices tied to the old one are dropped.
    datasetChosen: (dataset) =>
      set({
        dataset,
        county: null,
        city: null,
        year: null,
        from: null,
        to: null,
        townships: null,
        townshipsOmitted: null,
        highlight: null,
        evidence: null,
      }),
    cityChosen: (city) =>
      set({ city, county: null, townships: null, townshipsOmitted: null, highlight: null }),
    countyChosen: (county) => set({ county, townships: null, townshipsOmitted: null, highlight: null }),
    yearChosen: (year) => set({ year }),
    yearRangeChosen: (from, to) => set({ from, to }),
    indicatorChosen: (indicator) => set({ indicator }),
    townshipsChosen: (townships) => set({ townships, townshipsOmitted: null }),
    townshipToggled: (key, all) =>
      set((s) => {
        const current = pickedOf(s.townships, s.townshipsOmitted, all);
        const next = current.includes(key) ? current.filter((k) => k !== key) : [...current, key];
        return selectionOf(next, all);
      }),
    townshipHighlighted: (highlight) => set({ highlight }),
    changeModeChosen: (change) => set({ change }),
    trendsShowChosen: (trendsShow) => set({ trendsShow }),
    evidenceOpened: (evidence) => set({ evidence }),
    evidenceClosed: () => set({ evidence: null }),
    urlChanged: (config) => set({ ...config }),
  }));

export type DashStore = ReturnType<typeof createDashStore>;

/** Picks the ViewConfig part of the state (what the URL carries). */
export function viewConfigOf(s: ViewConfig): ViewConfig {
  return {
    dataset: s.dataset,
    county: s.county,
    city: s.city,
    year: s.year,
    from: s.from,
    to: s.to,
    townships: s.townships,
    townshipsOmitted: s.townshipsOmitted,
    indicator: s.indicator,
    view: s.view,
    highlight: s.highlight,
    change: s.change,
    evidence: s.evidence,
    focus: s.focus,
    trendsShow: s.trendsShow,
  };
}
