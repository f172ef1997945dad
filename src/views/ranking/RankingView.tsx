// 排名: one indicator, one year, townships as sorted bars with the median and the change from the
// previous year. Townships without the figure are listed under the chart, never drawn as 0.
import { useState } from "react";
import { middlePages, rankingOption } from "../../charts";
import { ChartExportMenu } from "../../components/export/ChartExportMenu";
import { CaptionedChart, IndicatorSelect, refToEvidence, useCaption, YearSelect } from "../../components";
import { formatFigure, type RankBar } from "../../derive";
import { missingNote, rankingLabelColumn } from "../../export";
import { selectRanking, useDash } from "../../store";
import { zh } from "../../text/zh";
import { rankingHeight, rankingOf, rankingRowsOf, rankingSubtitle } from "./charts";

/** Chips listed under the chart; a province lists the first ones and the count. */
const MISSING_SHOWN = 60;

export function RankingView({ height }: { height: number }) {
  const vm = useDash(selectRanking);
  const open = useDash((s) => s.evidenceOpened);
  const highlighted = useDash((s) => s.townshipHighlighted);
  const [page, setPage] = useState(0);
  // A province's 2,000 search suggestions are built when the search box is first used, not with the view.
  const [searching, setSearching] = useState(false);
  const option = rankingOf(vm, page);
  const win = rankingRowsOf(vm, page);
  const subtitle = rankingSubtitle(vm);
  const caption = useCaption(vm ? zh.ranking.title(vm.indicator.name, vm.year) : "", subtitle);
  if (!vm || !option) return <p className="empty">{zh.noData}</p>;
  const bounded = (win?.hidden ?? 0) > 0;
  const pages = middlePages(vm.bars.length);
  const chartHeight = rankingHeight(vm, page, height);
  const pick = (label: string) => {
    const bar = vm.bars.find((b) => b.label === label);
    if (bar) highlighted(bar.key);
  };
  return (
    <section data-testid="view-ranking">
      <div className="toolbar">
        <IndicatorSelect />
        <YearSelect />
        {bounded && (
          <>
            <label className="control">
              <span>{zh.ranking.search}</span>
              <input
                type="search"
                list="ranking-townships"
                data-testid="ranking-search"
                onFocus={() => setSearching(true)}
                onChange={(e) => pick(e.currentTarget.value)}
              />
              <datalist id="ranking-townships">
                {searching && vm.bars.map((b) => <option key={b.key} value={b.label} />)}
              </datalist>
            </label>
            <span className="pager" data-testid="ranking-pager">
              <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
                {zh.ranking.prevPage}
              </button>
              <span>{zh.ranking.page(page, pages)}</span>
              <button type="button" disabled={page >= pages} onClick={() => setPage(page + 1)}>
                {zh.ranking.nextPage}
              </button>
            </span>
          </>
        )}
      </div>
      {bounded && win && (
        <p className="bounded-note" data-testid="ranking-bounded">
          {zh.ranking.bounded(win.rows.filter((r) => r !== null).length, vm.bars.length)}
        </p>
      )}
      {vm.bars.length === 0 ? (
        <p className="empty">{vm.year}年没有乡镇写明该指标</p>
      ) : vm.bars.length === 1 && vm.bars[0] ? (
        // A ranking of one bar says nothing a sentence does not (the deck does the same).
        <p className="one-bar" data-testid="ranking-one">
          {vm.year}年只有{vm.bars[0].label}写明{vm.indicator.short}：
          <button
            type="button"
            className="figure-link"
            onClick={() =>
              open({ kind: "figure", reportId: (vm.bars[0] as RankBar).reportId, indicator: vm.indicator.id })
            }
          >
            {formatFigure(vm.bars[0].value, vm.indicator.unit, vm.bars[0].approx)}
          </button>
          ，无从排名。
        </p>
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
              build={(t) => rankingLabelColumn(rankingOption(vm, t), vm)}
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
          {vm.missing.slice(0, MISSING_SHOWN).map((m) => (
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
          {vm.missing.length > MISSING_SHOWN && <span>{zh.ranking.missingMore(vm.missing.length)}</span>}
        </div>
      )}
    </section>
  );
}
