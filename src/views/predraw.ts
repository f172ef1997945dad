// Charts drawn ahead of their views, in idle time (prefetch.ts's model queue): each view's charts
// for the store's state now, framed and drawn off the page at the size the view's boxes will have,
// and parked in the chart pool under the ids the view takes (charts/pooled.ts). A first visit then
// only moves the painted canvas into its box: the view's option is the same object (kept by its
// inputs), so nothing is set or drawn. Each step is one chart's option, or one chart's draw, in its
// own idle slot. A state that changed meanwhile (a control, another data set) only means the visit
// draws as before: the pool draws whatever option the view asks for, and a new data set disposes
// every parked chart (App.tsx).
import { ensureParts } from "../charts/echarts";
import { predraw, warmUp } from "../charts/pooled";
import type { ChartOption } from "../charts/types";
import { rememberedWidth } from "../components/useElementWidth";
import { dashStore, type DashState, type ViewId } from "../store";
import { geometryNow, type Geometry } from "./geometry";
import { PANEL_ID } from "./shell/Tabs";
import { plan as rankingPlan } from "./ranking/charts";
import { plan as shortcomingsPlan } from "./shortcomings/charts";
import { plan as trendsPlan } from "./trends/charts";

/** One chart of a view: its id, its framed option (built on demand: kept), the size of its box. */
export interface PlannedChart {
  id: string;
  option: () => ChartOption;
  width: number;
  height: number;
}

/** A view's charts for a state and a page geometry. */
export type Plan = (s: DashState, g: Geometry) => PlannedChart[];

const PLANS: Partial<Record<ViewId, Plan>> = {
  trends: trendsPlan,
  ranking: rankingPlan,
  shortcomings: shortcomingsPlan,
};

function planned(view: ViewId, plan: Plan, index: number): PlannedChart | null {
  const s = dashStore.getState();
  // The view on screen has its charts mounted: nothing to draw ahead.
  if (s.view === view || s.datasets[s.dataset]?.status !== "ready") return null;
  // A box measured on an earlier visit is the width to draw at; before any, the layout's guess.
  const g = geometryNow(document.getElementById(PANEL_ID), rememberedWidth);
  return g ? (plan(s, g)[index] ?? null) : null;
}

/**
 * Builds chart `index` of `view`'s option for the state now (kept); resolves once the ECharts parts
 * it needs are registered.
 */
export function buildChart(view: ViewId, index: number): Promise<void> {
  const plan = PLANS[view];
  const chart = plan ? planned(view, plan, index) : null;
  return (chart && ensureParts(chart.option())) ?? Promise.resolve();
}

/** Draws chart `index` of `view` off the page and parks it; whether it drew. */
export function drawChart(view: ViewId, index: number): boolean {
  const plan = PLANS[view];
  const chart = plan ? planned(view, plan, index) : null;
  return chart ? predraw(chart.id, chart.option(), chart.width, chart.height) : false;
}

/**
 * A view's first chart of a kind (bars, a heatmap) runs much ECharts code for the first time: a
 * small chart of that kind drawn and dropped first, in a slot of its own, compiles it, so the
 * view's own draw (ahead or on the visit) is a shorter task.
 */
const WARM: Partial<Record<ViewId, ChartOption>> = {
  ranking: {
    animation: false,
    xAxis: { type: "value" },
    yAxis: { type: "category", data: ["甲", "乙"] },
    series: [{ type: "bar", data: [1, 2], label: { show: true, position: "right" } }],
  },
  shortcomings: {
    animation: false,
    xAxis: { type: "category", data: ["甲", "乙"] },
    yAxis: { type: "category", data: ["甲", "乙"] },
    visualMap: {
      type: "piecewise",
      dimension: 2,
      orient: "horizontal",
      pieces: [{ value: 1 }, { value: 2 }],
    },
    series: [
      {
        type: "heatmap",
        data: [
          [0, 0, 1],
          [1, 1, 2],
        ],
        label: { show: true },
      },
    ],
  },
};

/** Warms the ECharts code of `view`'s kind of chart (see WARM); resolves once its parts are in. */
export function warmView(view: ViewId): Promise<void> {
  const option = WARM[view];
  if (!option) return Promise.resolve();
  const s = dashStore.getState();
  if (s.view === view) return Promise.resolve();
  return (ensureParts(option) ?? Promise.resolve()).then(() => warmUp(option));
}
