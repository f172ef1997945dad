// After the first chart is drawn, the page fetches in idle time what the other views need: each
// view's chunk (lazy.ts) and the ECharts parts they draw beyond the core (bar, heatmap,
// visualMap), one at a time, so the first visit to a tab does not wait for a download and the
// first chart never waits for these. A failed fetch is skipped (the click retries it).
import type { ChartOption } from "../charts/types";
import { loadView } from "./lazy";

/** A unit of prefetching: starts a download and resolves when it is done (or failed). */
export type Step = () => Promise<unknown>;
/** Runs a callback when the page is idle (requestIdleCallback, or a timer where it is missing). */
export type Schedule = (run: () => void) => void;

/** Views in the order people open them after the overview (the tab order). */
const VIEWS = ["trends", "ranking", "completeness", "shortcomings", "table", "levels"] as const;

/** An option shape that asks ensureParts for every part the views draw on a canvas. */
const VIEW_PARTS: ChartOption = { series: [{ type: "bar" }, { type: "heatmap" }], visualMap: {} };

export const PREFETCH_STEPS: Step[] = [
  // The ECharts chunk is already loaded by the first chart: this import only reaches its module.
  () => import("../charts/echarts").then((m) => m.ensureParts(VIEW_PARTS)),
  ...VIEWS.map(
    (v): Step =>
      () =>
        loadView(v),
  ),
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
