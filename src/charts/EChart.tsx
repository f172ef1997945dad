// Renders one ECharts option into a div and nothing else: init on mount, setOption on change,
// resize with its box, dispose on unmount. Clicks on marks carrying a `ref` are passed up.
// For browser tests only, the last option per chart id is kept on window.__charts (and the instance
// on window.__chartInstances) so they can read what is drawn. The hooks exist only when the page was
// told before it loaded (window.__dashTestHooks, set by an init script in tests/e2e/fixtures.ts): the
// build that is tested is the build that ships, and in a user's browser nothing is exposed.
import { useCallback, useEffect, useRef } from "react";
import { echarts, ensureParts, partsGeneration } from "./echarts";
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
}

export function EChart<R = ClickRef>({ id, option, height, onItemClick, ariaLabel }: EChartProps<R>) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);
  const clickRef = useRef(onItemClick);

  useEffect(() => {
    clickRef.current = onItemClick;
  }, [onItemClick]);

  // An ECharts instance copies the registered layouts when it is created, so it is created once the
  // parts an option needs are registered, and created again if a later option needs new ones.
  const made = useRef(-1);
  const make = useCallback((): ReturnType<typeof echarts.init> | null => {
    const node = el.current;
    if (!node) return null;
    if (chart.current && made.current === partsGeneration()) return chart.current;
    chart.current?.dispose();
    const c = echarts.init(node, undefined, { renderer: "canvas" });
    made.current = partsGeneration();
    chart.current = c;
    if (testHooks()) window.__chartInstances = { ...window.__chartInstances, [id]: c };
    // The benchmark's "time to first chart" (scripts/bench.ts): the first frame any chart draws.
    c.on("rendered", () => {
      if (performance.getEntriesByName("first-chart").length === 0) performance.mark("first-chart");
    });
    c.on("click", (p) => {
      const data = p.data as { ref?: R } | undefined;
      if (!data?.ref) return;
      // The panel that opens covers what the tooltip says: the tooltip goes. The chart takes focus
      // first, so the panel gives focus back to it on Esc (a canvas is not focused by a click).
      c.dispatchAction({ type: "hideTip" });
      node.focus({ preventScroll: true });
      clickRef.current?.(data.ref, data);
    });
    return c;
  }, [id]);

  useEffect(() => {
    const node = el.current;
    if (!node) return undefined;
    // The print stylesheet zooms the chart to the page by this width (src/print.css).
    const measure = () => {
      node.style.setProperty("--chart-w", String(node.clientWidth || 718));
      node.style.setProperty("--chart-h", String(node.clientHeight || 400));
    };
    measure();
    const ro = new ResizeObserver(() => {
      measure();
      chart.current?.resize();
    });
    ro.observe(node);
    return () => {
      ro.disconnect();
      const c = chart.current;
      c?.dispose();
      chart.current = null;
      if (c && window.__chartInstances?.[id] === c) delete window.__chartInstances[id];
    };
  }, [id]);

  useEffect(() => {
    const apply = () => {
      make()?.setOption(option, { notMerge: true });
      if (testHooks()) window.__charts = { ...window.__charts, [id]: option };
    };
    // Parts beyond the core (bar, heatmap, …) are registered first; usually they already are.
    const pending = ensureParts(option);
    if (!pending) return apply();
    let live = true;
    pending.then(
      () => live && apply(),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [id, option, make]);

  useEffect(() => () => void (window.__charts && delete window.__charts[id]), [id]);

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
