// Renders one ECharts option into a div and nothing else. A chart outlives its view: on unmount the
// instance is parked with its painted canvas (chartPool.ts) and the next mount of the same chart id
// takes it back, so a revisit costs neither an init nor a render when its option is the same object;
// setOption runs only for a new option, resize only for a new size. Clicks on marks carrying a `ref`
// are passed up.
// For browser tests only, the last option per chart id is kept on window.__charts (and the instance
// on window.__chartInstances) so they can read what is drawn. The hooks exist only when the page was
// told before it loaded (window.__dashTestHooks, set by an init script in tests/e2e/fixtures.ts): the
// build that is tested is the build that ships, and in a user's browser nothing is exposed.
import { useEffect, useLayoutEffect, useRef } from "react";
import { parkChart, takeChart, type PooledChart } from "./chartPool";
import { echarts, ensureParts, partsOf, partsReady } from "./echarts";
import type { ChartOption, ClickRef } from "./types";

declare global {
  interface Window {
    /** Set by the browser tests before the page loads; never by the app. */
    __dashTestHooks?: boolean;
    __charts?: Record<string, ChartOption>;
    /** Live instances by chart id, so browser tests can click a mark where ECharts draws it. */
    __chartInstances?: Record<string, ReturnType<typeof echarts.init>>;
  }
}

const testHooks = (): boolean => window.__dashTestHooks === true;

/** R: what a mark's `ref` says; a township-year figure (ClickRef) unless the chart says otherwise. */
export interface EChartProps<R = ClickRef> {
  id: string;
  option: ChartOption;
  height: number;
  onItemClick?: (ref: R, data: unknown) => void;
  ariaLabel?: string;
  /** The option is provisional (its box not measured yet): nothing is drawn until it is final. */
  pending?: boolean;
}

function newPooled(id: string): PooledChart {
  const canvas = document.createElement("div");
  canvas.className = "echart-canvas";
  canvas.style.cssText = "width:100%;height:100%";
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

// An ECharts instance copies the registered layouts when it is created, so it is created once the
// parts an option needs are registered, and created again if a later option needs parts registered
// after it was made (parts registered meanwhile that this option does not need change nothing).
function instanceOf(p: PooledChart, option: ChartOption): ReturnType<typeof echarts.init> {
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

export function EChart<R = ClickRef>({
  id,
  option,
  height,
  onItemClick,
  ariaLabel,
  pending = false,
}: EChartProps<R>) {
  const el = useRef<HTMLDivElement>(null);
  const pooled = useRef<PooledChart | null>(null);
  const clickRef = useRef(onItemClick);

  useEffect(() => {
    clickRef.current = onItemClick;
  }, [onItemClick]);

  // Before the browser paints: the parked canvas (if any) is back in its box on the first frame.
  useLayoutEffect(() => {
    const node = el.current;
    if (!node) return undefined;
    const p = takeChart(id) ?? newPooled(id);
    node.appendChild(p.canvas);
    p.host = node;
    p.onClick = (ref, data) => clickRef.current?.(ref as R, data);
    pooled.current = p;
    // The print stylesheet zooms the chart to the page by this width (src/print.css). Sizes come
    // from the observer (after layout), never from a forced layout here.
    const ro = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      if (!box) return;
      const w = Math.round(box.width);
      const h = Math.round(box.height);
      node.style.setProperty("--chart-w", String(w || 718));
      node.style.setProperty("--chart-h", String(h || 400));
      if (!p.chart || w === 0 || (w === p.width && h === p.height)) return;
      p.chart.resize();
      p.width = p.chart.getWidth();
      p.height = p.chart.getHeight();
    });
    ro.observe(node);
    return () => {
      ro.disconnect();
      pooled.current = null;
      if (testHooks()) {
        if (window.__chartInstances?.[id] === p.chart) delete window.__chartInstances[id];
        if (window.__charts?.[id] === p.option) delete window.__charts[id];
      }
      parkChart(p);
    };
  }, [id]);

  useEffect(() => {
    // The box is aria-busy until this option is drawn (its size measured, its parts registered):
    // for assistive technology, and for the benchmark, whose view switch ends when no chart is.
    const busy = (on: boolean) =>
      on ? el.current?.setAttribute("aria-busy", "true") : el.current?.removeAttribute("aria-busy");
    if (pending) {
      busy(true);
      return undefined;
    }
    const apply = () => {
      const p = pooled.current;
      if (!p) return;
      const c = instanceOf(p, option);
      if (p.option !== option) {
        c.setOption(option, { notMerge: true });
        p.option = option;
      }
      busy(false);
      if (testHooks()) {
        window.__charts = { ...window.__charts, [id]: option };
        window.__chartInstances = { ...window.__chartInstances, [id]: c };
      }
    };
    // Parts beyond the core (bar, heatmap, …) are registered first; usually they already are.
    const parts = ensureParts(option);
    if (!parts) return apply();
    busy(true);
    let live = true;
    parts.then(
      () => live && apply(),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [id, option, pending]);

  return (
    <div
      ref={el}
      className="echart"
      data-chart-id={id}
      role="img"
      aria-label={ariaLabel}
      tabIndex={-1}
      style={{ height, width: "100%" }}
    />
  );
}
