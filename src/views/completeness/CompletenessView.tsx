// 完整性: who does not report the key indicators. Township × key indicator for the focus year, and
// township × year. A click opens the report at the figure, or says it is absent.
import { useMemo } from "react";
import { byIndicatorOption, byYearOption } from "../../charts";
import { ChaseButton } from "../../components/export/ChaseButton";
import { ChartExportMenu } from "../../components/export/ChartExportMenu";
import { CaptionedChart, DictionaryLink, refToEvidence, useCaption, YearSelect } from "../../components";
import type { CompletenessVM } from "../../derive";
import { selectCompleteness, useDash } from "../../store";
import { reviewText } from "../../text/review";
import { zh } from "../../text/zh";

/** Tells checked from unchecked figures: how many key figures a person checked in 校对. */
function reviewNote(vm: CompletenessVM): string {
  const cells = vm.byIndicator.flat().filter((c) => c.review !== undefined);
  if (cells.length === 0) return reviewText.completenessNone;
  const checked = cells.filter((c) => c.review === "checked").length;
  return reviewText.completenessNote(checked, cells.length);
}

export function CompletenessView({ wide }: { wide: boolean }) {
  const vm = useDash(selectCompleteness);
  const open = useDash((s) => s.evidenceOpened);
  const byInd = useMemo(() => (vm ? byIndicatorOption(vm) : null), [vm]);
  const byYr = useMemo(() => (vm ? byYearOption(vm) : null), [vm]);
  const cap1 = useCaption(
    vm ? zh.completeness.byIndicator(vm.year) : "",
    "“未写明”指报告中找不到该指标的数字（不按0处理）；点击单元格查看报告原文。",
  );
  const cap2 = useCaption(zh.completeness.byYear, "每份报告写明了4项关键指标中的几项；点击查看报告。");
  if (!vm || !byInd || !byYr) return <p className="empty">{zh.noData}</p>;
  const height = Math.max(300, vm.townships.length * 34 + 150);
  return (
    <section data-testid="view-completeness">
      <div className="toolbar">
        <YearSelect />
        <span className="toolbar-note">
          关键指标：{vm.indicators.map((d) => d.short).join("、")} <DictionaryLink />
        </span>
        <ChaseButton />
      </div>
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
