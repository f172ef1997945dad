// 概览, first: the ★ key indicators' yearly medians as small multiples, above their tiles. A
// median is not one report's figure, so a click opens that year's ranking of the indicator, where
// every bar opens the sentence it came from.
import { keyTrendsOption, type SummaryRef } from "../../charts";
import { CaptionedChart, useCaption } from "../../components";
import { ChartExportMenu } from "../../components/export/ChartExportMenu";
import { selectKeyTrends, useDash } from "../../store";
import { zh } from "../../text/zh";
import { KEY_TRENDS_ID, keyTrendsOptionOf, keyTrendsSubtitle } from "./keyTrends";

export function KeyTrendsChart({ height }: { height: number }) {
  const vm = useDash(selectKeyTrends);
  const viewChosen = useDash((s) => s.viewChosen);
  // The same option and caption as the boot's (keyTrends.ts): the chart it drew is adopted as is.
  const option = vm ? keyTrendsOptionOf(vm) : null;
  const caption = useCaption(zh.overview.trendTitle, keyTrendsSubtitle(vm));
  if (!vm || !option) return null;
  const years = vm.years.length ? `${vm.years[0]}-${vm.years.at(-1)}` : "";
  return (
    <CaptionedChart<SummaryRef>
      id={KEY_TRENDS_ID}
      option={option}
      caption={caption}
      height={height}
      showDictionaryLink={false}
      onItemClick={(ref) => viewChosen("ranking", { indicator: ref.indicator, year: ref.year })}
      toolbar={
        <ChartExportMenu
          build={(t) => keyTrendsOption(vm, t)}
          title={zh.overview.trendTitle}
          subject="关键指标"
          years={years}
        />
      }
    />
  );
}
