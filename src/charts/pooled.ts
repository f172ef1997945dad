// Making and drawing pooled charts (chartPool.ts holds them): the instance a chart id draws with,
// and a chart drawn ahead of its view (predraw) — in idle time, off the page, at the size its box
// will have — and parked, so the view's first visit only moves the painted canvas into its box.
import { parkChart, takeChart, type PooledChart } from "./chartPool";
import { echarts, partsOf, partsReady } from "./echarts";
import type { ChartOption } from "./types";

/** A pooled chart with no instance yet: its div fills the box it is put in. */
export function newPooled(id: string): PooledChart {
  const canvas = document.createElement("div");
  canvas.className = "echart-canvas";
  canvas.style.cssText = FILL;
  return {
    id,
    canvas,
    chart: null,
    parts: [],
    option: null,
    width: 0,
    height: 0,
    host: null,
    onClick: undefined,
  };
}

const FILL = "width:100%;height:100%";

// An ECharts instance copies the registered layouts when it is created, so it is created once the
// parts an option needs are registered, and created again if a later option needs parts registered
// after it was made (parts registered meanwhile that this option does not need change nothing).
export function instanceOf(p: PooledChart, option: ChartOption): ReturnType<typeof echarts.init> {
  if (p.chart && partsOf(option).every((part) => p.parts.includes(part))) return p.chart;
  p.chart?.dispose();
  const c = echarts.init(p.canvas, undefined, { renderer: "canvas" });
  p.chart = c;
  p.parts = partsReady();
  p.option = null;
  p.width = c.getWidth();
  p.height = c.getHeight();
  // The benchmark's "time to first chart" (scripts/bench.ts): the first frame any chart draws.
  c.on("rendered", () => {
    if (performance.getEntriesByName("first-chart").length === 0) performance.mark("first-chart");
  });
  c.on("click", (e) => {
    const data = e.data as { ref?: unknown } | undefined;
    if (!data?.ref) return;
    // The panel that opens covers what the tooltip says: the tooltip goes. The chart takes focus
    // first, so the panel gives focus back to it on Esc (a canvas is not focused by a click).
    c.dispatchAction({ type: "hideTip" });
    p.host?.focus({ preventScroll: true });
    p.onClick?.(data.ref, data);
  });
  return c;
}

/**
 * Draws `option` for chart `id` at width × height off the page and parks it. Nothing is drawn when
 * the chart parked under `id` already shows this option at this size, or when the chart is on the
 * page (not parked: its view is mounted). The parts the option needs must be registered. Returns
 * whether it drew.
 */
export function predraw(id: string, option: ChartOption, width: number, height: number): boolean {
  if (width <= 0 || height <= 0 || !partsOf(option).every((part) => partsReady().includes(part)))
    return false;
  const p = takeChart(id) ?? newPooled(id);
  if (p.host) return false; // never parked: cannot happen, but a mounted chart is never touched
  if (p.option === option && p.width === width && p.height === height) {
    parkChart(p);
    return false;
  }
  // Detached, a div has no layout: ECharts reads the size from its style.
  p.canvas.style.cssText = `width:${width}px;height:${height}px`;
  const c = instanceOf(p, option);
  if (c.getWidth() !== width || c.getHeight() !== height) c.resize();
  c.setOption(option, { notMerge: true });
  p.option = option;
  p.width = c.getWidth();
  p.height = c.getHeight();
  p.canvas.style.cssText = FILL;
  parkChart(p);
  // Browser tests only (see EChart.tsx): the instance drawn ahead, so a test can tell it is the one
  // a visit shows.
  if (window.__dashTestHooks === true) window.__predrawn = { ...window.__predrawn, [id]: c };
  return true;
}

/** Draws `option` once off the page in a small throwaway chart (its code compiled for the next). */
export function warmUp(option: ChartOption): void {
  if (!partsOf(option).every((part) => partsReady().includes(part))) return;
  const div = document.createElement("div");
  div.style.cssText = "width:240px;height:160px";
  const c = echarts.init(div, undefined, { renderer: "canvas" });
  c.setOption(option, { notMerge: true });
  c.dispose();
}
