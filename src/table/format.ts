// How one table cell reads: the number, its marker (30余 at least, 约30 about, 推算 derived — the
// words of derive/format.ts's approxAffixes, as everywhere else in the app) and the
// tooltip that says what the report actually wrote. Pure, so the dictionary's marker legend and
// the table use the same words and tests can pin them down.
import type { IndicatorCell } from "./rows";
import { reviewText } from "../text/review";
import { tableText } from "./text";
import { approxAffixes } from "../derive";

// Made once: toLocaleString would build a formatter for every cell that scrolls into view.
const ONE_DECIMAL = new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 1 });

/** A number as the bureau reads it: thousands separators, at most one decimal (93.4). */
export function formatNumber(v: number): string {
  return ONE_DECIMAL.format(Math.round(v * 10) / 10);
}

// Where the report's approximate wording sits in its evidence: 70余, 30多, 120以上, 超过30, 约30,
// 近30, 30左右. The digits may be Arabic or Chinese (两万余).
const NUM = "[0-9０-９.,，万千百十零〇一二两三四五六七八九]+";
// A measure word may sit between number and marker: 120场次以上.
const MEASURE = "[个起件场次人名份册本项户村]{0,2}";
const APPROX_WORDING = new RegExp(`(?:约|近|超过|逾)${NUM}|${NUM}${MEASURE}(?:余|多|以上|左右|来)`);
const MAX_QUOTE = 24;

/** The few characters of the evidence that carry the approximation ("30余"), else the passage, shortened. */
export function approxWording(evidence: string): string {
  const m = APPROX_WORDING.exec(evidence);
  if (m) return m[0];
  const t = evidence.trim();
  return t.length > MAX_QUOTE ? `${t.slice(0, MAX_QUOTE)}…` : t;
}

export interface CellDisplay {
  /** The number as shown, without marker. */
  text: string;
  /** "约" before the number (about). */
  prefix: string;
  /** "余" (or "以上" for a rate) after the number (at least). */
  suffix: string;
  derived: boolean;
  /** Tooltip: what the marker means and what the report wrote; empty for a plain stated figure. */
  title: string;
}

export function cellDisplay(cell: IndicatorCell): CellDisplay {
  const text = formatNumber(cell.value);
  const quote = cell.evidenceText ? approxWording(cell.evidenceText) : text;
  const titles: string[] = [];
  if (cell.approx === "at_least") titles.push(tableText.cell.atLeast(text, quote));
  if (cell.approx === "about") titles.push(tableText.cell.about(text, quote));
  const derived = cell.basis === "derived";
  if (derived)
    titles.push(cell.derivation ? tableText.cell.derived(cell.derivation) : tableText.cell.derivedNoHow);
  if (cell.review) {
    titles.push(reviewText.who(cell.review));
    if (cell.review.engineValue !== undefined)
      titles.push(reviewText.engineWas(formatNumber(cell.review.engineValue)));
  }
  return {
    text,
    ...approxAffixes(cell.approx, cell.unit),
    derived,
    title: titles.join("\n"),
  };
}

/** The cell as one plain string (for an accessible name or a copy): "约30", "70余", "6（推算）". */
export function cellPlainText(cell: IndicatorCell): string {
  const d = cellDisplay(cell);
  return `${d.prefix}${d.text}${d.suffix}${d.derived ? `（${tableText.cell.derivedTag}）` : ""}`;
}
