// How a figure is written for people: 30余起, 约2000人次, 93.4%. Shared by tooltips, tiles, the
// evidence panel and the table so the same number never reads two ways.
import type { Approx } from "../domain";
import { round1 } from "./stats";

// One formatter each, made once: toLocaleString builds a new Intl.NumberFormat on every call, and
// a province's chart labels and tooltips format thousands of figures per view.
const WHOLE = new Intl.NumberFormat("zh-CN");
const ONE_DECIMAL = new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 1 });

export function formatNumber(v: number): string {
  const r = round1(v);
  return Number.isInteger(r) ? WHOLE.format(r) : ONE_DECIMAL.format(r);
}

/**
 * The one way an approximate figure is written, as the reports write it: 约55起 (about), 30余起
 * (at least; 95%以上 for a rate). Screen, tooltip, table, exports and deck all use these words,
 * never ≈ or ⁺. Returns what goes before and after the number (the unit goes after `suffix`
 * for 余, before it for 以上).
 */
export function approxAffixes(approx: Approx, unit: string): { prefix: string; suffix: string } {
  if (approx === "about") return { prefix: "约", suffix: "" };
  if (approx === "at_least") return { prefix: "", suffix: unit === "%" ? "以上" : "余" };
  return { prefix: "", suffix: "" };
}

/** What the marks mean, for legends and captions. */
export const APPROX_LEGEND = "“约”“余”“以上”为报告原文的约数";

export function formatFigure(value: number, unit: string, approx: Approx = "exact"): string {
  const n = formatNumber(value);
  if (approx === "about") return `约${n}${unit}`;
  if (approx === "at_least") return unit === "%" ? `${n}%以上` : `${n}余${unit}`;
  return `${n}${unit}`;
}

/**
 * Signed change: +12起, −3.5个百分点 for percentages. A change computed from an approximate
 * figure (30余起 this year) is itself approximate and says so: 约−15起.
 */
export function formatChange(delta: number, unit: string, approx = false): string {
  const sign = delta > 0 ? "+" : delta < 0 ? "−" : "±";
  const abs = formatNumber(Math.abs(delta));
  const mark = approx ? "约" : "";
  return unit === "%" ? `${mark}${sign}${abs}个百分点` : `${mark}${sign}${abs}${unit}`;
}

/** Names for a tie: "甲镇", "甲镇、乙镇", "甲镇、乙镇等3个乡镇". */
export function namesOf(labels: readonly string[]): string {
  if (labels.length <= 2) return labels.join("、");
  return `${labels.slice(0, 2).join("、")}等${labels.length}个乡镇`;
}
