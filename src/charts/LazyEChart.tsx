// EChart, loaded on first use — without Suspense. What it renders while ECharts downloads is a box of
// the chart's own height saying so in Chinese, so the page does not jump when the chart arrives.
// Not React.lazy: React holds back the reveal of a Suspense boundary's content for up to 300 ms
// after its fallback showed (its reveal throttle), and on the first chart that hold was most of the
// app's lead over the bench's floor page (docs/PERFORMANCE.md). Here the module is ordinary state:
// once loaded (main.tsx starts the load with the page) the chart renders at once, in the same pass.
import { useEffect, useState } from "react";
import type { ClickRef } from "./types";
import type { EChartProps } from "./EChart";
import { zh } from "../text/zh";

type EChartModule = typeof import("./EChart");

let loaded: EChartModule | null = null;
let pending: Promise<EChartModule> | null = null;

/** Starts (or joins) the download of the chart component and ECharts; resolves once they have run. */
export function loadEChart(): Promise<EChartModule> {
  pending ??= import("./EChart").then(
    (m) => (loaded = m),
    (err: unknown) => {
      pending = null; // a failed download is retried by the next chart
      throw err;
    },
  );
  return pending;
}

export function EChart<R = ClickRef>(props: EChartProps<R>) {
  const [mod, setMod] = useState<EChartModule | null>(loaded);
  const [failed, setFailed] = useState<unknown>(null);
  useEffect(() => {
    if (mod) return undefined;
    let live = true;
    loadEChart().then(
      (m) => live && setMod(m),
      (err: unknown) => live && setFailed(err instanceof Error ? err : new Error(String(err))),
    );
    return () => {
      live = false;
    };
  }, [mod]);
  // A chunk that cannot be fetched is the view's error (its boundary offers the way back), as before.
  if (failed) throw failed;
  if (!mod) {
    return (
      <div className="echart echart-loading" role="status" style={{ height: props.height }}>
        {zh.loadingChart}
      </div>
    );
  }
  const Loaded = mod.EChart;
  return <Loaded<R> {...props} />;
}
