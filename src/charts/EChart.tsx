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
import { echarts, ensureParts } from "./echarts";
import { instanceOf, newPooled } from "./pooled";
import type { ChartOption, ClickRef } from "./types";

declare global {
  interface Window {
    /** Set by the browser tests before the page loads; never by the app. */
    __dashTestHooks?: boolean;
    __charts?: Record<string, ChartOption>;
    /** Live instances by chart id, so browser tests can click a mark where ECharts draws it. */
    __chartInstances?: Record<string, ReturnType<typeof echarts.init>>;
    /** Instances drawn ahead of their views (pooled.ts predraw), by chart id. */
    __predrawn?: Record<string, ReturnType<typeof echarts.init>>;
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
