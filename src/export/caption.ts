// The texts every export carries, in one place so the image, the deck and the sheets agree.
import { zh } from "../text/zh";

/** Shown on every export of the fictional demo county, so a slide never passes for real data. */
export const FICTIONAL_MARK = zh.fictional;

/** The source line under a chart or a slide. `date` is YYYY-MM-DD. */
export function sourceLine(date: string): string {
  return `数据来源：各乡镇法治政府建设情况报告，自动提取，${date}导出`;
}

/** The subtitle of an exported chart: county, years, indicator, joined as a reader scans them. */
export function exportSubtitle(county: string, years: string, indicator: string): string {
  const span = /^\d/.test(years) ? `${years.replace("-", "—")}年` : years;
  return [county, span, indicator].filter(Boolean).join(" · ");
}

/** A ranking's townships without the figure, for the exported image: 未写明该指标的乡镇：甲镇（无报告）、乙镇. */
export function missingNote(missing: readonly { label: string; status: keyof typeof zh.status }[]): string {
  if (missing.length === 0) return "";
  const names = missing.map((m) =>
    m.status === "absent" ? m.label : `${m.label}（${zh.status[m.status]}）`,
  );
  return `${zh.ranking.missingList}：${names.join("、")}`;
}
