// 趋势: one indicator, townships as lines across years, with the picker at the side.
import { ALL_ROWS_LIMIT, FOCUS_ALL, theme, trendsOption, type TrendsShow } from "../../charts";
import { ChartExportMenu } from "../../components/export/ChartExportMenu";
import {
  CaptionedChart,
  IndicatorSelect,
  refToEvidence,
  Segmented,
  TownshipPicker,
  useCaption,
} from "../../components";
import type { ChangeMode } from "../../derive";
import { selectTrends, selectYears, useDash } from "../../store";
import { zh } from "../../text/zh";
import { trendsCaption, trendsOf } from "./charts";

function YearRange() {
  const years = useDash(selectYears);
  const from = useDash((s) => s.from);
  const to = useDash((s) => s.to);
  const chosen = useDash((s) => s.yearRangeChosen);
  if (years.length < 2) return null;
  const pick = (v: string) => (v === "" ? null : Number(v));
  return (
    <span className="control year-range">
      <span>{zh.yearLabel}</span>
      <select aria-label="起始年度" value={from ?? ""} onChange={(e) => chosen(pick(e.target.value), to)}>
        <option value="">最早</option>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
      <span>—</span>
      <select aria-label="截止年度" value={to ?? ""} onChange={(e) => chosen(from, pick(e.target.value))}>
        <option value="">最近</option>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </span>
  );
}

export function TrendsView({ height }: { height: number }) {
  const vm = useDash(selectTrends);
  const change = useDash((s) => s.change);
  const changeChosen = useDash((s) => s.changeModeChosen);
  const open = useDash((s) => s.evidenceOpened);
  const highlighted = useDash((s) => s.townshipHighlighted);
  // Opens on the median and the top and bottom townships, not a tangle of every line; the choice
  // is in the link (show=all).
  const show = useDash((s) => s.trendsShow);
  const setShow = useDash((s) => s.trendsShowChosen);
  const option = trendsOf(vm, show);
  const { title, subtitle } = trendsCaption(vm, change);
  const caption = useCaption(title, subtitle);
  const banded = vm.series.length > ALL_ROWS_LIMIT;
  const hlLabel = vm.series.find((s) => s.key === vm.highlight)?.label ?? null;
  const choosable = !banded && vm.series.length > FOCUS_ALL && hlLabel === null;
  return (
    <section className="with-side" data-testid="view-trends">
      <aside className="side">
        <p className="picker-hint" data-testid="highlight-hint">
          {zh.trends.highlightHint}
        </p>
        <TownshipPicker />
      </aside>
      <div className="main-col">
        <div className="toolbar">
          <IndicatorSelect />
          <YearRange />
          <Segmented<ChangeMode>
            label={zh.trends.changeLabel}
            value={change}
            onChange={changeChosen}
            testId="change-mode"
            options={[
              { value: "absolute", label: zh.trends.absolute },
              { value: "relative", label: zh.trends.relative },
            ]}
          />
          {choosable && (
            <Segmented<TrendsShow>
              label={zh.trends.showLabel}
              value={show}
              onChange={setShow}
              testId="trends-show"
              options={[
                { value: "focus", label: zh.trends.showFocus },
                { value: "all", label: zh.trends.showAll },
              ]}
            />
          )}
        </div>
        {banded && (
          <p className="bounded-note" data-testid="trends-banded">
            {zh.trends.bandNote(vm.series.length)}
          </p>
        )}
        {!banded && hlLabel !== null && (
          <p className="bounded-note" data-testid="trends-highlighted">
            {zh.trends.highlightNote(hlLabel)}{" "}
            <button type="button" className="link-button" onClick={() => highlighted(null)}>
              {zh.trends.clearHighlight}
            </button>
          </p>
        )}
        {choosable && (show === "focus" || vm.series.length > theme.palette.length) && (
          <p className="bounded-note" data-testid="trends-focus-note">
            {show === "focus"
              ? zh.trends.focusNote(vm.series.length)
              : zh.trends.allNote(vm.series.length, theme.palette.length)}
          </p>
        )}
        {vm.series.length === 0 ? (
          <p className="empty">请在左侧选择乡镇</p>
        ) : (
          <CaptionedChart
            id="trends"
            option={option}
            caption={caption}
            height={height}
            indicator={vm.indicator.id}
            onItemClick={(ref) => open(refToEvidence(ref))}
            toolbar={
              <ChartExportMenu
                build={(t) => trendsOption(vm, t, show)}
                title={title}
                subject={vm.indicator.short}
                years={vm.years.length ? `${vm.years[0]}-${vm.years.at(-1)}` : ""}
              />
            }
          />
        )}
      </div>
    </section>
  );
}
