// 排名's chart from the store's state, shared by the view and by the chart drawn ahead of it
// (views/predraw.ts): the same option and bar window (kept by their inputs), caption and size.
import { boundRows, rankingOption, type ChartOption } from "../../charts";
import { framedOf } from "../../charts/framed";
import { captionOf } from "../../components/useCaption";
import type { RankingVM } from "../../derive";
import { selectRanking, type DashState } from "../../store";
import { kept } from "../../store/memo";
import { zh } from "../../text/zh";
import { fullWidth, type Geometry } from "../geometry";
import type { PlannedChart } from "../predraw";

export const rankingOf = (vm: RankingVM | null, page: number): ChartOption | null =>
  kept("ranking", [vm, page], () => (vm ? rankingOption(vm, undefined, page) : null));
export const rankingRowsOf = (vm: RankingVM | null, page: number) =>
  kept("ranking-rows", [vm, page], () =>
    vm ? boundRows(vm.bars, (b) => b.key === vm.highlight, page) : null,
  );

export const rankingSubtitle = (vm: RankingVM | null): string | undefined =>
  vm
    ? `按${vm.year}年数值从高到低排列；括号内为较${vm.prevYear ?? "上"}年变化；虚线为中位数；空心条为约数（原文写“约”“余”），由约数算得的变化标“约”。`
    : undefined;

/**
 * About 40 px a bar up to the screen's height (one bar is not a 550 px chart); at least 34 px a
 * bar when there are many, and the page scrolls. Bounded: a province's ranking draws about 50 rows
 * at 22 px, never a canvas as tall as the data.
 */
export function rankingHeight(vm: RankingVM, page: number, height: number): number {
  const win = rankingRowsOf(vm, page);
  const bars = win?.rows.length ?? vm.bars.length;
  return (win?.hidden ?? 0) > 0
    ? Math.max(300, bars * 22 + 150)
    : Math.max(Math.min(height, bars * 40 + 190), bars * 34 + 150, 300);
}

/** The chart of a first visit (the first page of a bounded ranking). */
export function plan(s: DashState, g: Geometry): PlannedChart[] {
  const vm = selectRanking(s);
  if (!vm || vm.bars.length < 2) return [];
  const option = rankingOf(vm, 0);
  if (!option) return [];
  const width = g.known("ranking") ?? fullWidth(g);
  const height = rankingHeight(vm, 0, g.chartHeight);
  const caption = () => captionOf(s, zh.ranking.title(vm.indicator.name, vm.year), rankingSubtitle(vm));
  return [
    { id: "ranking", option: () => framedOf("ranking", option, caption(), width, height), width, height },
  ];
}
