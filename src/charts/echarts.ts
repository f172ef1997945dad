// The ONE place ECharts parts are registered (tree-shaken core). The core carries what the first
// chart (the overview's line charts) draws; every other part is its own small chunk, registered by
// ensureParts() before an option that needs it is set, so the first view does not download bar,
// heatmap, visualMap or the SVG renderer. Nothing else imports from "echarts/*" at runtime.
import { LineChart } from "echarts/charts";
import {
  AriaComponent,
  GraphicComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
} from "echarts/components";
import * as echarts from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import type { ChartOption } from "./types";

echarts.use([
  LineChart,
  GridComponent,
  TooltipComponent,
  TitleComponent,
  LegendComponent,
  MarkLineComponent,
  GraphicComponent,
  AriaComponent,
  CanvasRenderer,
]);

type Part = "bar" | "heatmap" | "visualMap" | "svg" | "dataZoom";
const LOADERS: Record<Part, () => Promise<unknown>> = {
  bar: () => import("./parts/bar"),
  heatmap: () => import("./parts/heatmap"),
  visualMap: () => import("./parts/visualMap"),
  svg: () => import("./parts/svg"),
  dataZoom: () => import("./parts/dataZoom"),
};
const loaded = new Map<Part, Promise<void>>();
const ready = new Set<Part>();

/** The parts registered now (an instance keeps a copy of what was registered when it was made). */
export const partsReady = (): Part[] => [...ready];

/** The parts an option needs beyond the core. */
export function partsOf(option: ChartOption, renderer: "canvas" | "svg" = "canvas"): Part[] {
  const parts = new Set<Part>();
  const series = Array.isArray(option.series) ? option.series : option.series ? [option.series] : [];
  for (const s of series as { type?: string }[]) {
    if (s.type === "bar") parts.add("bar");
    if (s.type === "heatmap") parts.add("heatmap");
  }
  if (option.visualMap) parts.add("visualMap");
  if (option.dataZoom) parts.add("dataZoom");
  if (renderer === "svg") parts.add("svg");
  return [...parts];
}

/** null when every part the option needs is registered; else a promise that resolves once they are. */
export function ensureParts(
  option: ChartOption,
  renderer: "canvas" | "svg" = "canvas",
): Promise<void> | null {
  const need = partsOf(option, renderer).filter((p) => !ready.has(p));
  if (need.length === 0) return null;
  return Promise.all(
    need.map((p) => {
      let l = loaded.get(p);
      if (!l) {
        l = LOADERS[p]().then(
          () => void ready.add(p),
          (err: unknown) => {
            loaded.delete(p); // a failed download is retried next time
            throw err;
          },
        );
        loaded.set(p, l);
      }
      return l;
    }),
  ).then(() => undefined);
}

export { echarts };
