// Charts kept across view switches. A view that is left parks its ECharts instances here, each with
// the div it draws in (its painted canvas included); the next visit takes the instance back, moves
// the div into its new box and sets an option only when it is not the one already drawn. No ECharts
// runtime here (type-only import): the shell releases the pool without loading ECharts.
import type { EChartsType } from "echarts/core";
import type { ChartOption } from "./types";

export interface PooledChart {
  id: string;
  /** The div ECharts draws in; moved between the boxes of successive mounts. */
  canvas: HTMLDivElement;
  /** Made when the first option is set (the parts it needs registered first). */
  chart: EChartsType | null;
  /** The ECharts parts registered when the instance was made (it lacks later parts' layouts). */
  parts: readonly string[];
  /** The option last set: the same object again means nothing to draw. */
  option: ChartOption | null;
  /** The size the chart was last drawn at. */
  width: number;
  height: number;
  /** The mounted box (focused on a click), or null while parked. */
  host: HTMLElement | null;
  /** The mounted component's click handler. */
  onClick: ((ref: unknown, data: unknown) => void) | undefined;
}

/** Parked charts beyond this many are disposed, the longest parked first. */
export const MAX_PARKED = 12;

const parked = new Map<string, PooledChart>();

function dispose(p: PooledChart): void {
  p.chart?.dispose();
  p.chart = null;
  p.option = null;
}

/** The chart parked under `id`, taken out of the pool; null when none is. */
export function takeChart(id: string): PooledChart | null {
  const p = parked.get(id);
  if (!p) return null;
  parked.delete(id);
  return p;
}

/** A left chart: its div leaves the page, the instance waits for the next visit. */
export function parkChart(p: PooledChart): void {
  p.canvas.remove();
  p.host = null;
  p.onClick = undefined;
  // A tooltip or hover shown when the view was left must not greet the next visit.
  p.chart?.dispatchAction({ type: "hideTip" });
  const before = parked.get(p.id);
  if (before && before !== p) dispose(before);
  parked.delete(p.id);
  parked.set(p.id, p);
  for (const [id, old] of parked) {
    if (parked.size <= MAX_PARKED) break;
    parked.delete(id);
    dispose(old);
  }
}

/**
 * A chart drawn in place before any component showed it (src/boot): pooled under its id, its div left
 * where it is drawn until the component that takes it moves the div into its own box.
 */
export function lendChart(p: PooledChart): void {
  parked.set(p.id, p);
}

/** Disposes every parked chart (a new data set: nothing drawn from the old one is kept). */
export function releaseCharts(): void {
  for (const p of parked.values()) dispose(p);
  parked.clear();
}

/** How many charts are parked (tests). */
export const parkedCount = (): number => parked.size;
