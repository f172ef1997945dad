// The views' prefetch: steps run one at a time, each in its own idle slot, in order; a failing
// step does not stop the rest; nothing starts before the first chart is drawn.
import { afterEach, describe, expect, it, vi } from "vitest";
import * as store from "../../src/store";
import { selectCompletenessModel } from "../../src/views/completeness/grouping";
import { loadCountingProvince } from "./countingProvince";
import {
  afterFirstChart,
  followStore,
  idle,
  MIN_IDLE_MS,
  modelSteps,
  runSteps,
  VIEWS,
  type Step,
} from "../../src/views/prefetch";

describe("runSteps", () => {
  it("runs each step in its own slot, the next only after the last one settled, failures skipped", async () => {
    const slots: (() => void)[] = [];
    const schedule = (run: () => void) => void slots.push(run);
    const log: string[] = [];
    const gates: (() => void)[] = [];
    const step =
      (name: string, fail = false): Step =>
      () => {
        log.push(name);
        return new Promise<void>((ok, no) => gates.push(() => (fail ? no(new Error(name)) : ok())));
      };
    const throwing: Step = () => {
      log.push("throws");
      throw new Error("sync");
    };
    const done = runSteps([step("a"), step("b", true), throwing, step("c")], schedule);
    const tick = () => new Promise((r) => setTimeout(r, 0));
    await tick();
    expect(slots).toHaveLength(1); // only the first step is scheduled
    expect(log).toEqual([]); // and it waits for its idle slot
    slots.shift()?.();
    expect(log).toEqual(["a"]);
    await tick();
    expect(slots).toHaveLength(0); // b waits until a has finished downloading
    gates.shift()?.();
    await tick();
    slots.shift()?.();
    expect(log).toEqual(["a", "b"]);
    gates.shift()?.(); // b fails
    await tick();
    slots.shift()?.(); // a step that throws at once
    await tick();
    slots.shift()?.();
    expect(log).toEqual(["a", "b", "throws", "c"]);
    gates.shift()?.();
    await expect(done).resolves.toBeUndefined();
  });
});

describe("idle", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("runs a step only in a slot with time left, and never forces one on a timeout", () => {
    const slots: { cb: IdleRequestCallback; options?: IdleRequestOptions }[] = [];
    vi.stubGlobal("requestIdleCallback", (cb: IdleRequestCallback, options?: IdleRequestOptions) => {
      slots.push({ cb, options });
      return slots.length;
    });
    const slot = (left: number) =>
      slots.shift()?.cb({ didTimeout: false, timeRemaining: () => left } as IdleDeadline);
    const run = vi.fn();
    idle(run);
    expect(slots.map((s) => s.options?.timeout)).toEqual([undefined]);
    slot(MIN_IDLE_MS - 1); // the end of a busy frame: wait for the next slot
    expect(run).not.toHaveBeenCalled();
    expect(slots).toHaveLength(1);
    slot(MIN_IDLE_MS + 10);
    expect(run).toHaveBeenCalledTimes(1);
    expect(slots).toHaveLength(0);
  });
});

describe("followStore", () => {
  it("runs the steps again after a store change, once more when a change came during a pass, and stops", async () => {
    const slots: (() => void)[] = [];
    const schedule = (run: () => void) => void slots.push(run);
    let runs = 0;
    const step: Step = () => {
      runs += 1;
      return Promise.resolve();
    };
    const tick = () => new Promise((r) => setTimeout(r, 0));
    const change = () => store.dashStore.setState({ highlight: `t${Math.random()}` });
    const stop = followStore([step, step], schedule);
    await tick();
    expect(slots).toHaveLength(0); // nothing before a change
    change();
    await tick();
    slots.shift()?.();
    await tick();
    change(); // during the pass
    change();
    slots.shift()?.();
    await tick();
    expect(runs).toBe(2);
    // One more pass for the changes made during the first, not one per change.
    slots.shift()?.();
    await tick();
    slots.shift()?.();
    await tick();
    expect(runs).toBe(4);
    expect(slots).toHaveLength(0);
    stop();
    change();
    await tick();
    expect(slots).toHaveLength(0);
  });
});

describe("followStore after a first pass", () => {
  it("a change during the first pass runs the steps once that pass is done", async () => {
    const slots: (() => void)[] = [];
    let runs = 0;
    let endFirst = () => {};
    const first = new Promise<void>((r) => (endFirst = r));
    const stop = followStore(
      [
        () => {
          runs += 1;
          return Promise.resolve();
        },
      ],
      (run) => void slots.push(run),
      first,
    );
    store.dashStore.setState({ highlight: "during-first" });
    await new Promise((r) => setTimeout(r, 0));
    expect(slots).toHaveLength(0); // the first pass is still under way
    endFirst();
    await new Promise((r) => setTimeout(r, 0));
    slots.shift()?.();
    expect(runs).toBe(1);
    stop();
  });
});

describe("afterFirstChart", () => {
  afterEach(() => {
    performance.clearMarks("first-chart");
    vi.useRealTimers();
  });

  it("waits for the first-chart mark, and runs once", async () => {
    const run = vi.fn();
    afterFirstChart(run, 60_000);
    await new Promise((r) => setTimeout(r, 10));
    expect(run).not.toHaveBeenCalled();
    performance.mark("first-chart");
    await vi.waitFor(() => expect(run).toHaveBeenCalledTimes(1));
    performance.mark("first-chart");
    await new Promise((r) => setTimeout(r, 10));
    expect(run).toHaveBeenCalledTimes(1);
  });

  it("runs at once when the chart is already drawn", () => {
    performance.mark("first-chart");
    const run = vi.fn();
    afterFirstChart(run, 60_000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it("runs after the fallback time on a page without a chart", () => {
    vi.useFakeTimers();
    const run = vi.fn();
    afterFirstChart(run, 5000);
    vi.advanceTimersByTime(4999);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
  });
});

describe("model steps", () => {
  it("derive every view's model ahead: a first visit afterwards reads no record", async () => {
    const { dashStore } = store;
    // Fields counted too: the models read the scope's copy of the records array, not the data set's.
    const province = loadCountingProvince({ townships: 300, years: [2023, 2024] }, { fields: true });
    for (const v of VIEWS) for (const step of modelSteps(v)) await step();
    expect(province.reads()).toBeGreaterThan(province.plain.length); // the steps did the work
    province.reset();
    const s = dashStore.getState();
    const models = [
      store.selectTrends(s),
      store.selectRanking(s),
      selectCompletenessModel(s),
      store.selectShortcomings(s),
      store.selectNoReportRows(s),
      store.selectAlternatives(s),
      store.selectLevels(s),
    ];
    expect(models.every((m) => m !== null && m !== undefined)).toBe(true);
    expect(province.reads() + province.fieldReads()).toBe(0);
  });
});
