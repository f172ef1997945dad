// EChart, loaded on first use. What it renders while ECharts downloads is a box of the chart's own
// height saying so in Chinese, so the page does not jump when the chart arrives.
import { lazy, Suspense } from "react";
import type { ClickRef } from "./types";
import type { EChartProps } from "./EChart";
import { zh } from "../text/zh";

const Loaded = lazy(() => import("./EChart").then((m) => ({ default: m.EChart })));

export function EChart<R = ClickRef>(props: EChartProps<R>) {
  return (
    <Suspense
      fallback={
        <div className="echart echart-loading" role="status" style={{ height: props.height }}>
          {zh.loadingChart}
        </div>
      }
    >
      {/* lazy() loses the type parameter; the props are the same object. */}
      <Loaded {...(props as EChartProps<unknown>)} />
    </Suspense>
  );
}
