// 排名: one indicator, one year, townships as sorted bars with the median and the change from the
// previous year. Townships without the figure are listed under the chart, never drawn as 0.
import { useMemo } from "react";
import { rankingOption } from "../../charts";
import { ChartExportMenu } from "../../components/export/ChartExportMenu";
import { CaptionedChart, IndicatorSelect, refToEvidence, useCaption, YearSelect } from "../../components";
import { missingNote } from "../../export";
import { selectRanking, useDash } from "../../store";
import { zh } from "../../text/zh";

export function RankingView({ height }: { height: number }) {
  const vm = useDash(selectRanking);
  const open = useDash((s) => s.evidenceOpened);
  const option = useMemo(() => (vm ? rankingOption(vm) : null), [vm]);
  const subtitle = vm
    ? `按${vm.year}年数值从高到低排列；括号内为较${vm.prevYear ?? "上"}年变化；虚线为中位数；空心条为约数（原文写“约”“余”），由约数算得的变化标“约”。`
    : undefined;
  const caption = useCaption(vm ? zh.ranking.title(vm.indicator.name, vm.year) : "", subtitle);
  if (!vm || !option) return <p className="empty">{zh.noData}</p>;
  // About 40 px a bar up to the screen's height (one bar is not a 550 px chart); at least 34 px a
  // bar when there are many, and the page scrolls.
  const bars = vm.bars.length;
  const chartHeight = Math.max(Math.min(height, bars * 40 + 190), bars * 34 + 150, 300);
  return (
    <section data-testid="view-ranking">
      <div className="toolbar">
        <IndicatorSelect />
        <YearSelect />
      </div>
      {vm.bars.length === 0 ? (
        <p className="empty">{vm.year}年没有乡镇写明该指标</p>
      ) : (
        <CaptionedChart
          id="ranking"
          option={option}
          caption={caption}
          height={chartHeight}
          indicator={vm.indicator.id}
          onItemClick={(ref) => open(refToEvidence(ref))}
          toolbar={
            <ChartExportMenu
              build={(t) => rankingOption(vm, t)}
              title={zh.ranking.title(vm.indicator.name, vm.year)}
              subject={vm.indicator.short}
              years={String(vm.year)}
              notes={missingNote(vm.missing)}
            />
          }
        />
      )}
      {vm.missing.length > 0 && (
        <div className="missing-list" data-testid="ranking-missing">
          <span className="missing-title">{zh.ranking.missingList}：</span>
          {vm.missing.map((m) => (
            <button
              key={m.key}
              type="button"
              className="chip"
              onClick={() =>
                open(
                  m.reportId
                    ? { kind: "figure", reportId: m.reportId, indicator: vm.indicator.id }
                    : { kind: "no_report", township: m.key, year: vm.year },
                )
              }
            >
              {m.label}
              <small>（{zh.status[m.status]}）</small>
            </button>
          ))}
        </div>
      )}
    </section>
  );
}
