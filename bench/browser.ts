// What `npm run bench` measures in headless Chromium: first chart (app vs floor), then a data set's
// load, view switches, control changes, table sort and scroll, and the page's JS heap.
import type { Browser, Page } from "@playwright/test";

const VIEWPORT = { width: 1366, height: 768 };

/**
 * A person reads a view before the next click: each timed interaction starts after this pause
 * (`npm run bench -- --think MS`). Clicks fired back to back (a pause of 0) measure how a burst
 * queues behind itself and behind what the page does in its idle time, not what a person meets.
 */
export const THINK_MS = 1000;

/**
 * In-page helpers: time an action until a condition holds, then two frames (ECharts paints). The
 * pause before the action (window.__thinkMs) is not timed.
 */
const HELPERS = `
window.__frame = () => new Promise((r) => requestAnimationFrame(() => r()));
window.__timed = async (act, ready) => {
  if (window.__thinkMs > 0) await new Promise((r) => setTimeout(r, window.__thinkMs));
  const t0 = performance.now();
  act();
  for (let i = 0; i < 3000 && !ready(); i++) await window.__frame();
  await window.__frame();
  await window.__frame();
  return performance.now() - t0;
};
`;

export const median = (xs: number[]): number => quantile(xs, 0.5);
export function quantile(xs: number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? NaN;
}

async function firstChart(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName("first-chart").length > 0, null, {
    timeout: 120_000,
  });
  return page.evaluate(() => performance.getEntriesByName("first-chart")[0]?.startTime ?? NaN);
}

export interface Pairs {
  app: number[];
  floor: number[];
  ratios: number[];
}

/** Interleaved pairs, a fresh context (empty cache) for every load; order alternates each pair. */
export async function firstChartPairs(
  browser: Browser,
  app: string,
  floor: string,
  n: number,
): Promise<Pairs> {
  const out: Pairs = { app: [], floor: [], ratios: [] };
  const once = async (url: string) => {
    const ctx = await browser.newContext({ viewport: VIEWPORT });
    try {
      return await firstChart(await ctx.newPage(), url);
    } finally {
      await ctx.close();
    }
  };
  await once(app); // warm the server and the OS file cache, not counted
  await once(floor);
  for (let i = 0; i < n; i++) {
    let a: number, f: number;
    if (i % 2 === 0) {
      a = await once(app);
      f = await once(floor);
    } else {
      f = await once(floor);
      a = await once(app);
    }
    out.app.push(a);
    out.floor.push(f);
    out.ratios.push(a / f);
  }
  return out;
}

export interface Scenario {
  /** Data set load (records fetched and checked in the worker, in the store). */
  loadMs: number;
  /** Navigation start → first chart drawn. */
  firstChartMs: number;
  /** Interaction name → samples (ms). */
  interactions: Record<string, number[]>;
  scroll: { p50: number; p95: number; frames: number };
  heapMB: number;
}

const VIEWS = ["trends", "ranking", "completeness", "shortcomings", "table", "overview"] as const;
/**
 * Visits per view, the first (cold: the view's chunk and its first derivation) included. With 3 the
 * p95 was simply the cold visit; 5 or more make the median and p95 mean something.
 */
const VIEW_VISITS = 5;

async function timedView(page: Page, view: string): Promise<number> {
  return page.evaluate(
    (v) =>
      (window as unknown as { __timed: (a: () => void, r: () => boolean) => Promise<number> }).__timed(
        () => (document.querySelector(`[data-testid="tab-${v}"]`) as HTMLElement).click(),
        // Visible, not only present: a kept view (the 数据表 inside <Activity>) stays in the page while
        // hidden, with its own status regions. Done when no visible loading box or status is left and
        // no chart is still busy (aria-busy until its option is drawn: src/charts/EChart.tsx).
        () =>
          document.querySelector(`[data-testid="view-${v}"]`)?.checkVisibility() === true &&
          ![
            ...document.querySelectorAll(".echart-loading, main [role=status], .echart[aria-busy=true]"),
          ].some((e) => e.checkVisibility()),
      ),
    view,
  );
}

async function timedSelect(page: Page, testId: string, index: number): Promise<number> {
  return page.evaluate(
    ([id, i]) =>
      (window as unknown as { __timed: (a: () => void, r: () => boolean) => Promise<number> }).__timed(
        () => {
          const sel = document.querySelector(`[data-testid="${id}"]`) as HTMLSelectElement;
          const opts = sel.options;
          sel.value = opts[(i as number) % opts.length]?.value ?? sel.value;
          sel.dispatchEvent(new Event("change", { bubbles: true }));
        },
        () => true,
      ),
    [testId, index] as const,
  );
}

async function timedClick(page: Page, selector: string): Promise<number> {
  return page.evaluate(
    (s) =>
      (window as unknown as { __timed: (a: () => void, r: () => boolean) => Promise<number> }).__timed(
        () => (document.querySelector(s) as HTMLElement).click(),
        () => true,
      ),
    selector,
  );
}

/** Scrolls the 数据表 240 px per frame for `frames` frames; answers each frame's time (rAF to rAF, ms). */
export async function scrollFrames(page: Page, frames: number): Promise<number[]> {
  return page.evaluate(async (n) => {
    const box = document.querySelector(".dt-table")?.parentElement;
    if (!box) return [];
    const times: number[] = [];
    let last = await new Promise<number>((r) => requestAnimationFrame(r));
    for (let i = 0; i < n; i++) {
      box.scrollTop += 240;
      const now = await new Promise<number>((r) => requestAnimationFrame(r));
      times.push(now - last);
      last = now;
    }
    return times;
  }, frames);
}

/**
 * One data set (opened at `url`) through every view and control, `rounds` times. `seed` (a page
 * URL and the data file it writes into the workspace) runs first in the same browser context: the
 * "opened from the workspace" scenarios read IndexedDB, not a data file.
 */
export async function scenario(
  browser: Browser,
  url: string,
  rounds: number,
  seed?: { page: string; data: string },
  thinkMs = THINK_MS,
): Promise<Scenario> {
  const ctx = await browser.newContext({ viewport: VIEWPORT });
  const page = await ctx.newPage();
  await page.addInitScript(`${HELPERS}\nwindow.__thinkMs = ${Math.max(0, Math.round(thinkMs))};`);
  try {
    if (seed) {
      await page.goto(seed.page);
      await page.waitForFunction(() => "__seed" in window);
      await page.evaluate(
        (u) => (window as unknown as { __seed: (u: string) => Promise<number> }).__seed(u),
        seed.data,
      );
    }
    const firstChartMs = await firstChart(page, url);
    const loadMs = await page.evaluate(() => {
      const m = performance.getEntriesByType("mark").find((e) => e.name.startsWith("dataset-loaded"));
      return m?.startTime ?? NaN;
    });
    const interactions: Record<string, number[]> = {};
    const add = (k: string, v: number) => (interactions[k] ??= []).push(v);
    for (let r = 0; r < Math.max(rounds, VIEW_VISITS); r++)
      for (const v of VIEWS) add(`view → ${v}`, await timedView(page, v));
    await timedView(page, "ranking");
    for (let i = 1; i <= rounds * 2; i++)
      add("indicator (排名)", await timedSelect(page, "indicator-select", i));
    for (let i = 1; i <= rounds * 2; i++) add("year (排名)", await timedSelect(page, "year-select", i));
    await timedView(page, "trends");
    for (let i = 0; i < rounds * 2; i++) {
      add("township (趋势)", await timedClick(page, `[data-testid="township-list"] input[type=checkbox]`));
    }
    await timedView(page, "table");
    for (let i = 0; i < rounds * 2; i++) add("table sort", await timedClick(page, ".dt-sort"));
    const frames = await scrollFrames(page, 90);
    const cdp = await ctx.newCDPSession(page);
    await cdp.send("HeapProfiler.collectGarbage");
    const heap = (await cdp.send("Runtime.getHeapUsage")) as { usedSize: number };
    return {
      loadMs,
      firstChartMs,
      interactions,
      scroll: { p50: quantile(frames, 0.5), p95: quantile(frames, 0.95), frames: frames.length },
      heapMB: heap.usedSize / 1024 / 1024,
    };
  } finally {
    await ctx.close();
  }
}

export interface WorkerRate {
  /** Reports per second of the Worker thread's CPU time (a trace's task times): one core, as Node's figure. */
  cpu: number;
  /** Reports per second by the wall clock through the app's client (the median over passes of the corpus). */
  wall: number;
}

/**
 * Extraction through the app's Worker (one Worker: one core). The wall-clock rate counts whatever
 * else the machine runs; the budget's figure is the Worker thread's CPU time per report over one
 * more batch of the same length (the thread's task times from a Chromium trace), measured as Node's
 * figure is (process CPU time): the work of reading, extracting, keying and answering each file.
 */
export async function workerThroughput(browser: Browser, url: string, seconds: number): Promise<WorkerRate> {
  const ctx = await browser.newContext();
  try {
    const page = await ctx.newPage();
    await page.goto(url);
    await page.waitForFunction(() => "__bench" in window);
    type W = { __bench: (s: number) => Promise<number>; __batch: (passes: number) => Promise<number> };
    const wall = await page.evaluate((s) => (window as unknown as W).__bench(s), seconds);
    const corpus = await page.evaluate(() => (window as unknown as W).__batch(1));
    const passes = Math.max(5, Math.round((seconds * wall) / Math.max(1, corpus)));
    await browser.startTracing(page, { categories: ["toplevel", "disabled-by-default-devtools.timeline"] });
    const files = await page.evaluate((p) => (window as unknown as W).__batch(p), passes);
    const cpuMs = workerThreadCpuMs(JSON.parse((await browser.stopTracing()).toString()) as Trace);
    return { wall, cpu: cpuMs > 0 ? (files * 1000) / cpuMs : NaN };
  } finally {
    await ctx.close();
  }
}

/** A Chromium trace as `browser.stopTracing()` gives it (the fields read here). */
export interface Trace {
  traceEvents: {
    ph: string;
    name: string;
    pid: number;
    tid: number;
    tdur?: number;
    args?: { name?: unknown };
  }[];
}

/** CPU milliseconds of each thread's tasks in a trace ("RunTask" thread durations), by thread name. */
export function threadCpuMs(trace: Trace): Map<string, number> {
  const names = new Map<string, string>();
  for (const e of trace.traceEvents)
    if (e.ph === "M" && e.name === "thread_name") names.set(`${e.pid}:${e.tid}`, String(e.args?.name));
  const cpu = new Map<string, number>();
  for (const e of trace.traceEvents) {
    if (e.ph !== "X" || e.name !== "RunTask" || !e.tdur) continue;
    const thread = names.get(`${e.pid}:${e.tid}`) ?? `${e.pid}:${e.tid}`;
    cpu.set(thread, (cpu.get(thread) ?? 0) + e.tdur / 1000);
  }
  return cpu;
}

/** CPU milliseconds of the dedicated Worker threads' tasks in a trace. */
export const workerThreadCpuMs = (trace: Trace): number =>
  threadCpuMs(trace).get("DedicatedWorker thread") ?? 0;
