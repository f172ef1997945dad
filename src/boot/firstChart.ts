// The overview's first chart, drawn before React has loaded: into the box index.html's static first
// screen holds at the chart's final place and size (the chart comes first in the overview and its
// height follows the window alone, so nothing React renders later moves it). The option is built by
// the same functions, from the same store, as KeyTrendsChart builds it, and the instance is lent to
// the chart pool: when React mounts, the overview's chart takes it by id (as it takes a chart drawn
// ahead, charts/pooled.ts), moves the painted canvas into its own box in the same task, and has
// nothing to set. No React DOM here: its evaluation and first render follow the chart.
import { framedOf } from "../charts/framed";
import { rememberWidth } from "../components/useElementWidth";
import { selectDatasetEntry, selectKeyTrends, selectYear, type DashState, type DashStore } from "../store";
import {
  KEY_TRENDS_ID,
  keyTrendsCaptionOf,
  keyTrendsHeight,
  keyTrendsOptionOf,
} from "../views/overview/keyTrends";
import type { EChartsType } from "echarts/core";

declare global {
  interface Window {
    /** Browser tests only: the instance the boot drew (so a test can tell React adopted it). */
    __bootChart?: EChartsType;
  }
}

/**
 * Below this window width the header's controls may wrap onto a second row, which the static first
 * screen (no controls yet) cannot know: the chart is then drawn by React, as before.
 */
export const BOOT_MIN_WIDTH = 1280;

/**
 * How long the first screen waits for the data set and ECharts' core, from the entry's start, before
 * the shell mounts without them (ms): a slow network gets the shell and its loading states, as before.
 */
export const FIRST_SCREEN_WAIT_MS = 400;

/** Resolves with the state once the chosen data set has loaded or failed. */
function settled(store: DashStore): Promise<DashState> {
  return new Promise((resolve) => {
    const done = () => store.getState().datasets[store.getState().dataset]?.status !== "loading";
    if (done()) return resolve(store.getState());
    const stop = store.subscribe(() => {
      if (!done()) return;
      stop();
      resolve(store.getState());
    });
  });
}

/**
 * Whether the overview's chart box would be where the static screen has it: the overview of a bundled
 * data set with no notices above the view (records left out, the workspace's notices), no evidence
 * panel beside it, and a window wide enough for a one-row header.
 */
export function drawsFirst(s: DashState, windowWidth: number): boolean {
  const entry = selectDatasetEntry(s);
  return (
    windowWidth >= BOOT_MIN_WIDTH &&
    s.view === "overview" &&
    s.dataset !== "workspace" &&
    s.evidence === null &&
    entry?.status === "ready" &&
    (entry.dataset.rejected ?? []).length === 0 &&
    entry.dataset.reports.length > 0
  );
}

/**
 * Draws the overview's first chart into the static first screen when the address opens the overview
 * of a bundled data set; resolves once drawn, or as soon as React is to draw it (another view, or
 * the data or ECharts not here within `waitMs`). Never rejects: a failure leaves the chart to React.
 */
export async function drawFirstChart(store: DashStore, waitMs = FIRST_SCREEN_WAIT_MS): Promise<void> {
  const trends = document.getElementById("boot-trends");
  const toolbar = document.getElementById("boot-toolbar");
  const box = trends?.querySelector<HTMLElement>(".echart");
  const figure = trends?.querySelector<HTMLElement>("figure");
  const early = store.getState();
  if (!trends || !box || !figure || early.view !== "overview" || early.dataset === "workspace") return;
  try {
    // ECharts' core downloads with the page (the build preloads it); the data set loads meanwhile.
    const charts = Promise.all([import("../charts/pooled"), import("../charts/chartPool")]);
    const late = new Promise<null>((r) => setTimeout(() => r(null), waitMs));
    const both = await Promise.race([Promise.all([charts, settled(store)]), late]);
    if (!both) return; // React mounts now; whatever arrives later is drawn by it
    const [[{ newPooled, instanceOf }, { lendChart }], s] = both;
    const vm = selectKeyTrends(s);
    if (!vm || !drawsFirst(s, window.innerWidth)) return;
    // The year the overview's select will show, so the row above the chart reads as it will.
    const select = toolbar?.querySelector("select");
    if (select) select.add(new Option(`${selectYear(s) ?? vm.focusYear}年`));
    toolbar?.classList.remove("boot-hidden");
    const height = keyTrendsHeight(window.innerHeight);
    box.style.height = `${height}px`;
    trends.hidden = false;
    // What CaptionedChart measures (the figure's width); remembered, so React frames at it at once.
    const width = Math.round(figure.clientWidth);
    rememberWidth(KEY_TRENDS_ID, width);
    const option = framedOf(KEY_TRENDS_ID, keyTrendsOptionOf(vm), keyTrendsCaptionOf(s, vm), width, height);
    const p = newPooled(KEY_TRENDS_ID);
    box.appendChild(p.canvas);
    const chart = instanceOf(p, option);
    chart.setOption(option, { notMerge: true });
    p.option = option;
    p.width = chart.getWidth();
    p.height = chart.getHeight();
    lendChart(p);
    if (window.__dashTestHooks === true) window.__bootChart = chart;
  } catch {
    // React draws the chart as it always did.
  }
}
