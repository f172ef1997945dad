// How a figure is written for people: 30余起, 约2000人次, 93.4%. Shared by tooltips, tiles, the
// evidence panel and the table so the same number never reads two ways.
import type { Approx } from "../domain";
import { round1 } from "./stats";

export function formatNumber(v: number): string {
  const r = round1(v);
  return Number.isInteger(r)
    ? r.toLocaleString("zh-CN")
    : r.toLocaleString("zh-CN", { maximumFractionDigits: 1 });
}

export function formatFigure(value: number, unit: string, approx: Approx = "exact"): string {
  const n = formatNumber(value);
  if (approx === "about") return `约${n}${unit}`;
  if (approx === "at_least") return unit === "%" ? `${n}%以上` : `${n}余${unit}`;
  return `${n}${unit}`;
}

/** Signed change: +12起, −3.5个百分点 for percentages, +20.0% for relative change. */
export function formatChange(delta: number, unit: string): string {
  const sign = delta > 0 ? "+" : delta < 0 ? "−" : "±";
  const abs = formatNumber(Math.abs(delta));
  return unit === "%" ? `${sign}${abs}个百分点` : `${sign}${abs}${unit}`;
}

/** Names for a tie: "甲镇", "甲镇、乙镇", "甲镇、乙镇等3个乡镇". */
export function namesOf(labels: readonly string[]): string {
  if (labels.length <= 2) return labels.join("、");
  return `${labels.slice(0, 2).join("、")}等${labels.length}个乡镇`;
}
