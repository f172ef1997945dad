// Builds a chart caption from the current data set: the source line names it, and the fictional
// demo county always carries the 虚构示例数据 mark.
import { useMemo } from "react";
import type { Caption } from "../charts";
import { selectCounty, selectDataset, useDash } from "../store";
import { zh } from "../text/zh";

export function useCaption(title: string, subtitle?: string): Caption {
  const dataset = useDash(selectDataset);
  const county = useDash(selectCounty);
  return useMemo(
    () => ({
      title: county ? `${county} · ${title}` : title,
      subtitle,
      source: `${zh.source}（${dataset?.label ?? ""}）`,
      fictional: dataset?.fictional ?? false,
    }),
    [title, subtitle, dataset, county],
  );
}
