// 趋势's chart from the store's state, shared by the view and by the chart drawn ahead of it
// (views/predraw.ts): the same option (kept by its inputs), caption and size.
import { trendsOption, type ChartOption, type TrendsShow } from "../../charts";
import { framedOf } from "../../charts/framed";
import { captionOf } from "../../components/useCaption";
import type { ChangeMode, TrendsVM } from "../../derive";
import { selectTrends, type DashState } from "../../store";
import { kept } from "../../store/memo";
import { zh } from "../../text/zh";
import { besideSideWidth, type Geometry } from "../geometry";
import type { PlannedChart } from "../predraw";

export const trendsOf = (vm: TrendsVM, show: TrendsShow): ChartOption =>
  kept("trends", [vm, show], () => trendsOption(vm, undefined, show));

/** The chart's title and subtitle. */
export function trendsCaption(vm: TrendsVM, change: ChangeMode): { title: string; subtitle: string } {
  const title =
    change === "relative" ? zh.trends.relTitle(vm.indicator.name) : zh.trends.title(vm.indicator.name);
  const medianText = vm.joined
    ? `虚线为${vm.oneCounty ? zh.trends.median : "所选各县乡镇的中位数"}`
    : "菱形为各年度中位数（各年度的报告来自不同乡镇，不连线）";
  return { title, subtitle: `${zh.trends.gapNote}；${zh.trends.approxNote}；${medianText}。` };
}

export function plan(s: DashState, g: Geometry): PlannedChart[] {
  const vm = selectTrends(s);
  if (vm.series.length === 0) return [];
  const width = g.known("trends") ?? besideSideWidth(g);
  const { title, subtitle } = trendsCaption(vm, s.change);
  return [
    {
      id: "trends",
      option: () =>
        framedOf("trends", trendsOf(vm, s.trendsShow), captionOf(s, title, subtitle), width, g.chartHeight),
      width,
      height: g.chartHeight,
    },
  ];
}
