// After the first chart is drawn, the page fetches in idle time what the other views need: each
// view's chunk (lazy.ts) and the ECharts parts they draw beyond the core (bar, heatmap,
// visualMap), one at a time, so the first visit to a tab does not wait for a download and the
// first chart never waits for these. A failed fetch is skipped (the click retries it).
// After each chunk, the view's model is derived from the store as it is then (the selectors keep
// it: store/selectors.ts), one selector per idle slot, so a first visit finds it computed; a
// store change meanwhile only means the visit derives it again.
import type { ChartOption } from "../charts/types";
import {
  dashStore,
  selectAlternatives,
  selectLevels,
  selectNoReportRows,
  selectRanking,
  selectShortcomings,
  selectTrends,
  type DashState,
} from "../store";
import { selectCompletenessModel } from "./completeness/grouping";
import { loadView } from "./lazy";
import { storedHidden } from "./table/storedHidden";
import { selectTableRows } from "./table/tableRows";

/** A unit of prefetching: starts a download and resolves when it is done (or failed). */
export type Step = () => Promise<unknown>;
/** Runs a callback when the page is idle (requestIdleCallback, or a timer where it is missing). */
export type Schedule = (run: () => void) => void;

/** Views in the order people open them after the overview (the tab order). */
export const VIEWS = ["trends", "ranking", "completeness", "shortcomings", "table", "levels"] as const;

/** An option shape that asks ensureParts for every part the views draw on a canvas. */
const VIEW_PARTS: ChartOption = { series: [{ type: "bar" }, { type: "heatmap" }], visualMap: {} };

/** What each view derives on its first visit (the costly part at province scale). */
const MODELS: Record<(typeof VIEWS)[number], readonly ((s: DashState) => unknown)[]> = {
  trends: [selectTrends],
  ranking: [selectRanking],
  completeness: [selectCompletenessModel],
  shortcomings: [selectShortcomings],
  table: [selectNoReportRows, selectAlternatives, selectTableRows, storedHidden],
  levels: [selectLevels],
};

/** Derives one model from the store as it is now; the selector's memo keeps it for the visit. */
const derive =
  (select: (s: DashState) => unknown): Step =>
  () => {
    select(dashStore.getState());
    return Promise.resolve();
  };

/** The steps that derive a view's models, one selector each. */
export const modelSteps = (view: (typeof VIEWS)[number]): Step[] => MODELS[view].map(derive);

export const PREFETCH_STEPS: Step[] = [
  // The ECharts chunk is already loaded by the first chart: this import only reaches its module.
  () => import("../charts/echarts").then((m) => m.ensureParts(VIEW_PARTS)),
  ...VIEWS.flatMap((v): Step[] => [() => loadView(v), ...modelSteps(v)]),
];

/** Runs the steps one after another, each in its own idle slot; one failing does not stop the rest. */
export function runSteps(steps: readonly Step[], schedule: Schedule): Promise<void> {
  return steps.reduce<Promise<void>>(
    (prev, step) =>
      prev.then(
        () =>
          new Promise<void>((done) =>
            schedule(() => {
              let started: Promise<unknown>;
              try {
                started = step();
              } catch {
                started = Promise.resolve();
              }
              started.then(
                () => done(),
                () => done(),
              );
            }),
          ),
      ),
    Promise.resolve(),
  );
}

/** Calls `run` once the page has drawn its first chart (the "first-chart" mark), or after `fallbackMs`. */
export function afterFirstChart(run: () => void, fallbackMs = 5000): void {
  let observer: PerformanceObserver | null = null;
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    clearTimeout(timer);
    run();
  };
  // A page that opens on a view without a chart (the 数据表, the start screen) prefetches anyway.
  const timer = setTimeout(once, fallbackMs);
  if (performance.getEntriesByName("first-chart").length > 0) return once();
  if (typeof PerformanceObserver === "function") {
    observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName("first-chart").length > 0) once();
    });
    observer.observe({ type: "mark" });
  }
}

const idle: Schedule = (run) => {
  if (typeof requestIdleCallback === "function") requestIdleCallback(run, { timeout: 1000 });
  else setTimeout(run, 30);
};

/** The one call the entry makes: prefetch the views once the first chart is on screen. */
export function startPrefetch(): void {
  afterFirstChart(() => void runSteps(PREFETCH_STEPS, idle));
}
