// After the first chart is drawn, the page fetches what the other views need: each view's chunk
// (lazy.ts) and the ECharts parts it draws beyond the core (bar, heatmap, visualMap), so the first
// visit to a tab does not wait for a download; the first chart never waits for these. A failed
// fetch is skipped (the click retries it). Everything goes in the order people open the tabs.
// Two queues. The code: one download after another from the first chart on, not in idle time — a
// download does not occupy the page, and a page kept busy (a user clicking through the tabs) would
// otherwise never reach the later views' code. The models: each view's model derived from the store
// as it is then (the selectors keep it: store/selectors.ts), one selector per idle slot that has
// time left, so a click never waits behind a long task. A store change meanwhile only means the
// visit derives the model again.
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
import { prepareTable } from "./table/KeptTable";
import { storedHidden } from "./table/storedHidden";
import { selectTableRows } from "./table/tableRows";

/** A unit of prefetching: starts a download and resolves when it is done (or failed). */
export type Step = () => Promise<unknown>;
/** Runs a callback when the page is idle (requestIdleCallback, or a timer where it is missing). */
export type Schedule = (run: () => void) => void;

/** Views in the order people open them after the overview (the tab order). */
export const VIEWS = ["trends", "ranking", "completeness", "shortcomings", "table", "levels"] as const;

/** Option shapes that ask ensureParts for the parts a view draws beyond the core (lines). */
const BAR: ChartOption = { series: [{ type: "bar" }] };
const HEATMAP: ChartOption = { series: [{ type: "heatmap" }], visualMap: {} };
const PARTS: Partial<Record<(typeof VIEWS)[number], ChartOption>> = {
  ranking: BAR,
  completeness: HEATMAP,
  shortcomings: { series: [{ type: "bar" }, { type: "heatmap" }], visualMap: {} },
};

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

/**
 * Views whose charts are drawn ahead (views/predraw.ts), and how many charts each has: known here,
 * since the steps are made before that module (loaded lazily, CODE_STEPS) is in.
 */
const CHARTS: Partial<Record<(typeof VIEWS)[number], number>> = { trends: 1, ranking: 1, shortcomings: 2 };

/**
 * The steps that draw a view's charts ahead: per chart, its option (the framing lays out the
 * subtitle's lines), then the draw, each in its own slot.
 */
const chartSteps = (view: (typeof VIEWS)[number]): Step[] =>
  Array.from({ length: CHARTS[view] ?? 0 }, (_, i): Step[] => [
    () => drawing?.buildChart(view, i) ?? Promise.resolve(),
    () => Promise.resolve(drawing?.drawChart(view, i)),
  ]).flat();

/** Before a view's first visit: its kind of chart warmed up (views/predraw.ts warmView), then its charts. */
const drawSteps = (view: (typeof VIEWS)[number]): Step[] =>
  CHARTS[view] ? [() => drawing?.warmView(view) ?? Promise.resolve(), ...chartSteps(view)] : [];

/** The predraw module, once the code queue has it (a step then runs in its own slot, not later). */
let drawing: typeof import("./predraw") | null = null;
const loadDrawing: Step = () =>
  import("./predraw").then((m) => {
    drawing = m;
  });

/**
 * After its models, the 数据表 is mounted hidden (views/table/KeptTable.tsx), as the charts are
 * drawn ahead: its first visit then only shows it (its cold visit at province scale was ~140 ms of
 * main-thread CPU, most of it building the row model and the DOM).
 */
const MOUNT: Partial<Record<(typeof VIEWS)[number], Step>> = {
  table: () => {
    prepareTable();
    return Promise.resolve();
  },
};

/** The steps that derive a view's models, one selector each, then draw its charts (or mount it hidden). */
export const modelSteps = (view: (typeof VIEWS)[number]): Step[] => [
  ...MODELS[view].map(derive),
  ...drawSteps(view),
  ...(MOUNT[view] ? [MOUNT[view]] : []),
];

/** The step that registers the ECharts parts an option needs (the ECharts chunk is already here). */
const partsStep =
  (option: ChartOption): Step =>
  () =>
    import("../charts/echarts").then((m) => m.ensureParts(option));

/** Per view in tab order: its chunk, then the chart parts it draws; after the first, the predraw code. */
export const CODE_STEPS: Step[] = VIEWS.flatMap((v, i): Step[] => {
  const parts = PARTS[v];
  return [() => loadView(v), ...(parts ? [partsStep(parts)] : []), ...(i === 0 ? [loadDrawing] : [])];
});

/** Per view in tab order: its models, one selector each. */
export const MODEL_STEPS: Step[] = VIEWS.flatMap(modelSteps);

/** Runs the steps one after another, each in its own slot; one failing does not stop the rest. */
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

/** Idle time left in a slot below which a step waits for the next slot (a step takes a few ms). */
export const MIN_IDLE_MS = 8;

/**
 * Runs `run` in an idle slot with at least MIN_IDLE_MS left, never on a timeout: a step forced to run
 * while the page is busy (requestIdleCallback's `timeout`) would hold up the click being handled.
 */
export const idle: Schedule = (run) => {
  if (typeof requestIdleCallback !== "function") {
    setTimeout(run, 30);
    return;
  }
  const wait = () =>
    requestIdleCallback((deadline) => (deadline.timeRemaining() >= MIN_IDLE_MS ? run() : wait()));
  wait();
};

/** The code queue's schedule: the next download as soon as the last one is in. */
const atOnce: Schedule = (run) => run();

/** Steps that draw every chart view's charts ahead again (no warm-up: the code is compiled). */
export const REDRAW_STEPS: Step[] = VIEWS.flatMap(chartSteps);

/**
 * The charts drawn ahead follow the store: a control changed on one view (an indicator, a year, a
 * county) is drawn ahead for the others in idle time, one step per slot; a chart whose option did
 * not change costs its plan only (kept). A change during a pass — or during `first`, the first
 * pass (MODEL_STEPS) — runs another pass after it.
 */
export function followStore(
  steps: readonly Step[],
  schedule: Schedule,
  first: Promise<void> = Promise.resolve(),
): () => void {
  let running = true;
  let dirty = false;
  const settled = () => {
    running = false;
    if (dirty) run();
  };
  const run = () => {
    running = true;
    dirty = false;
    void runSteps(steps, schedule).then(settled);
  };
  void first.then(settled);
  return dashStore.subscribe(() => {
    if (running) dirty = true;
    else run();
  });
}

/** The one call the entry makes: prefetch the views once the first chart is on screen. */
export function startPrefetch(): void {
  afterFirstChart(() => {
    void runSteps(CODE_STEPS, atOnce);
    followStore(REDRAW_STEPS, idle, runSteps(MODEL_STEPS, idle));
  });
}
