// Builds a chart caption from the current data set: the source line names it, and the fictional
// demo county always carries the 虚构示例数据 mark.
import { useMemo } from "react";
import type { Caption } from "../charts";
import { selectCounty, selectDataset, useDash, type DashState } from "../store";
import { zh } from "../text/zh";

/** A chart's caption for the store's state (pure: a chart drawn ahead of its view frames the same). */
export const captionOf = (s: DashState, title: string, subtitle?: string): Caption =>
  captionFor(selectDataset(s), selectCounty(s), title, subtitle);

function captionFor(
  dataset: ReturnType<typeof selectDataset>,
  county: string | null,
  title: string,
  subtitle: string | undefined,
): Caption {
  return {
    title: county ? `${county} · ${title}` : title,
    subtitle,
    source: `${zh.source}（${dataset?.label ?? ""}）`,
    fictional: dataset?.fictional ?? false,
  };
}

export function useCaption(title: string, subtitle?: string): Caption {
  const dataset = useDash(selectDataset);
  const county = useDash(selectCounty);
  return useMemo(() => captionFor(dataset, county, title, subtitle), [title, subtitle, dataset, county]);
}
