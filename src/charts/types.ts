// Types shared by the option builders. Type-only imports: builders stay free of ECharts runtime
// code, so they run in Node tests without a DOM.
import type { EChartsOption } from "echarts";
import type { IndicatorId } from "../domain";

export type ChartOption = EChartsOption;

export interface Size {
  width: number;
  height: number;
}

/** What a click on a mark refers to; views turn it into an evidence target. */
export interface ClickRef {
  township: string;
  year: number;
  reportId: string | null;
  indicator?: IndicatorId;
  category?: string;
  /** The mark counts the report's ★ key indicators (completeness by year): show all four. */
  keys?: boolean;
}

/** Tooltip params as builders read them (a subset of ECharts' CallbackDataParams). */
export interface TipParams {
  seriesName?: string;
  seriesIndex?: number;
  dataIndex: number;
  name?: string;
  value?: unknown;
  data?: unknown;
  color?: unknown;
}
