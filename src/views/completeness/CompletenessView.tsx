// 完整性: who does not report the key indicators. Township × key indicator for the focus year, and
// township × year, rows ordered by what is missing; beside them the list of who to chase and the
// 催报清单 export. A data set of several counties above ALL_ROWS_LIMIT townships (a province) opens
// on one row per county, and a click drills into that county's grids.
import { useState } from "react";
import { boundCompleteness, byIndicatorOption, byYearOption } from "../../charts";
import { ChartExportMenu } from "../../components/export/ChartExportMenu";
import { CaptionedChart, DictionaryLink, refToEvidence, useCaption, YearSelect } from "../../components";
import { completenessOf, countyScope, orderByMissing, type CompletenessVM } from "../../derive";
import { selectCompleteness, selectCountyCompleteness, selectScope, selectYear, useDash } from "../../store";
import { KEY_INDICATORS } from "../../domain";
import { reviewText } from "../../text/review";
import { zh } from "../../text/zh";
import { kept } from "../../store/memo";
import { ChaseSummary } from "./ChaseSummary";
import { CountyGroups } from "./CountyGroups";
import { groupingOf } from "./grouping";
import "./completeness.css";

/** Tells checked from unchecked figures: how many key figures a person checked in 校对. */
function reviewNote(vm: CompletenessVM): string {
  const cells = vm.byIndicator.flat().filter((c) => c.review !== undefined);
  if (cells.length === 0) return reviewText.completenessNone;
  const checked = cells.filter((c) => c.review === "checked").length;
  return reviewText.completenessNote(checked, cells.length);
}

export function CompletenessView({ wide }: { wide: boolean }) {
  const scopeAll = useDash(selectScope);
  const { counties, grouped } = groupingOf(scopeAll);
  // The whole scope's grids are not drawn when the page opens on county rows: not computed either.
  const whole = useDash((s) => (groupingOf(selectScope(s)).grouped ? null : selectCompleteness(s)));
  const year = useDash(selectYear);
  const countyRows = useDash((s) =>
    groupingOf(selectScope(s)).grouped ? selectCountyCompleteness(s) : null,
  );
  const highlight = useDash((s) => s.highlight);
  const open = useDash((s) => s.evidenceOpened);
  const [drill, setDrill] = useState<string | null>(null);
  // A province: one row per county first; a county's grids after a click.
  const county = grouped && drill !== null && counties.has(drill) ? drill : null;
  // Kept across visits (kept.ts): a revisit with the same inputs redraws nothing.
  const scope = kept("completeness-scope", [scopeAll, county], () =>
    county ? countyScope(scopeAll, county) : scopeAll,
  );
  const full = kept("completeness-full", [county, scope, year, whole], () =>
    county && year !== null ? completenessOf(scope, year) : whole,
  );
  // Most missing first; bounded by the screen above ALL_ROWS_LIMIT townships.
  const ordered = kept("completeness-ordered", [full], () => (full ? orderByMissing(full) : null));
  const vm = kept("completeness-vm", [ordered, highlight], () =>
    ordered ? boundCompleteness(ordered, highlight) : null,
  );
  const byInd = kept("completeness-indicator", [vm, highlight], () =>
    vm ? byIndicatorOption(vm, undefined, highlight) : null,
  );
  const byYr = kept("completeness-year", [vm, highlight], () =>
    vm ? byYearOption(vm, undefined, highlight) : null,
  );
  const cap1 = useCaption(vm ? zh.completeness.byIndicator(vm.year) : "", zh.completeness.byIndicatorNote);
  const cap2 = useCaption(zh.completeness.byYear, zh.completeness.byYearNote);
  if (year === null) return <p className="empty">{zh.noData}</p>;
  const toolbar = (
    <div className="toolbar">
      <YearSelect />
      <span className="toolbar-note">
        关键指标：{KEY_INDICATORS.map((d) => d.short).join("、")} <DictionaryLink />
      </span>
    </div>
  );
  if (grouped && county === null)
    return (
      <section data-testid="view-completeness">
        {toolbar}
        <CountyGroups rows={countyRows ?? []} scope={scopeAll} year={year} open={setDrill} />
      </section>
    );
  if (!vm || !byInd || !byYr) return <p className="empty">{zh.noData}</p>;
  const height = Math.max(300, vm.townships.length * 34 + 150);
  return (
    <section data-testid="view-completeness">
      {toolbar}
      {county !== null && (
        <p className="drill-head" data-testid="completeness-drill">
          <button type="button" className="link-button" onClick={() => setDrill(null)}>
            ◂ {zh.completeness.allCounties}
          </button>
          <strong>{county}</strong>
        </p>
      )}
      {full && full.townships.length > vm.townships.length && (
        <p className="bounded-note" data-testid="completeness-bounded">
          {zh.completeness.bounded(vm.townships.length, full.townships.length)}
        </p>
      )}
      <ChaseSummary scope={scope} />
      <p className="legend-note" data-testid="completeness-colours">
        {zh.completeness.colours}
      </p>
      <div className={wide ? "chart-grid two" : "chart-grid"}>
        <CaptionedChart
          id="completeness-indicator"
          option={byInd}
          caption={cap1}
          height={height}
          showDictionaryLink={false}
          onItemClick={(ref) => open(refToEvidence(ref))}
          toolbar={
            <ChartExportMenu
              build={(t) => byIndicatorOption(vm, t)}
              title={zh.completeness.byIndicator(vm.year)}
              subject="关键指标完整性"
              years={String(vm.year)}
            />
          }
        />
        <CaptionedChart
          id="completeness-year"
          option={byYr}
          caption={cap2}
          height={height}
          showDictionaryLink={false}
          onItemClick={(ref) => open(refToEvidence(ref))}
          toolbar={
            <ChartExportMenu
              build={(t) => byYearOption(vm, t)}
              title={zh.completeness.byYear}
              subject="关键指标完整性"
              years={vm.years.length ? `${vm.years[0]}-${vm.years.at(-1)}` : ""}
            />
          }
        />
      </div>
      <p className="footnote" data-testid="completeness-review-note">
        {reviewNote(vm)}
      </p>
    </section>
  );
}
