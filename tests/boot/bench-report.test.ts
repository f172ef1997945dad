// The bench's own reading of its measurements: the Worker's CPU time from a Chromium trace, and the
// report's budget lines (one PASS/FAIL per budget, the pause before interactions said).
import { describe, expect, it } from "vitest";
import { quantile, workerThreadCpuMs } from "../../bench/browser";
import { renderReport, type Results } from "../../bench/report";

const thread = (pid: number, tid: number, name: string) => ({
  ph: "M",
  name: "thread_name",
  pid,
  tid,
  args: { name },
});
const task = (pid: number, tid: number, tdur: number) => ({ ph: "X", name: "RunTask", pid, tid, tdur });

describe("workerThreadCpuMs", () => {
  it("sums the thread time of the dedicated Worker threads' tasks only", () => {
    const trace = {
      traceEvents: [
        thread(1, 10, "CrRendererMain"),
        thread(1, 11, "DedicatedWorker thread"),
        thread(2, 11, "CrBrowserMain"),
        task(1, 10, 5_000), // the page: not the Worker
        task(1, 11, 1_500),
        task(1, 11, 2_500),
        { ph: "X", name: "FunctionCall", pid: 1, tid: 11, tdur: 9_000 }, // nested, not a task
        task(2, 11, 7_000), // same tid in another process
        { ph: "X", name: "RunTask", pid: 1, tid: 11 }, // no thread time
      ],
    };
    expect(workerThreadCpuMs(trace)).toBe(4);
    expect(workerThreadCpuMs({ traceEvents: [task(1, 11, 1000)] })).toBe(0);
  });
});

const results = (worker: number, thinkMs?: number): Results => ({
  at: "2026-11-28T00:00:00.000Z",
  machine: "2 cores, v20",
  extraction: { corpus: 57, nodeEngine: 2500, nodeFull: 2600, worker, workerWall: 1200 },
  thinkMs,
  scenarios: {
    "province · file": {
      reports: 9401,
      loadMs: 1000,
      firstChartMs: 1500,
      interactions: { "view → trends": [50, 60, 70, 80, 250] },
      scroll: { p50: 16.7, p95: 16.7, frames: 90 },
      heapMB: 40,
    },
  },
  bytes: {
    initialJsRaw: 1,
    initialJsGzip: 1,
    chartPreloadRaw: 1,
    chartPreloadGzip: 1,
    cssRaw: 1,
    cssGzip: 1,
    onDemand: [],
    data: [],
  },
  seconds: 1,
});

describe("renderReport", () => {
  it("judges the Worker by its thread's CPU time and shows the wall clock beside it", () => {
    const pass = renderReport(results(2100), quantile).lines;
    expect(pass).toContain(
      "PASS  extraction, browser Worker (one core: the Worker thread's CPU time): 2100/s (budget ≥ 2000/s)",
    );
    expect(pass.some((l) => l.includes("(1200/s by the wall clock through the app's client)"))).toBe(true);
    const fail = renderReport(results(1900), quantile).lines;
    expect(fail.some((l) => l.startsWith("FAIL  extraction, browser Worker"))).toBe(true);
  });

  it("says the pause before each interaction, and a slow fifth visit still fails the p95", () => {
    const { lines, markdown } = renderReport(results(2100, 1000), quantile);
    expect(lines.some((l) => l.includes("after a 1000 ms pause (not timed)"))).toBe(true);
    expect(markdown).toContain(
      "Interactions: each timed interaction starts after a 1000 ms pause (not timed).",
    );
    expect(lines).toContain(
      "FAIL  province · file: view → trends (median / p95): 70 ms / 250 ms (budget ≤ 100 / 200 ms)",
    );
    expect(renderReport(results(2100), quantile).lines.some((l) => l.includes("pause"))).toBe(false);
  });
});
