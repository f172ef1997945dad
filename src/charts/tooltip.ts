// Shared pieces of the HTML tooltips. Everything that may come from a report goes through
// escapeHtml; numbers are formatted by derive/format so tooltips read like the tiles and table.
import type { FigureReview } from "../domain";
import { formatNumber } from "../derive/format";
import { reviewText } from "../text/review";
import { escapeHtml } from "./escape";
import type { ChartTheme } from "./theme";

export function tipTitle(text: string): string {
  return `<div style="font-weight:600;margin-bottom:4px">${escapeHtml(text)}</div>`;
}

export function tipRow(label: string, value: string, t: ChartTheme): string {
  return `<div><span style="color:${t.muted}">${escapeHtml(label)}</span> ${escapeHtml(value)}</div>`;
}

export function tipNote(text: string, t: ChartTheme): string {
  return `<div style="color:${t.muted};font-size:12px;margin-top:4px">${escapeHtml(text)}</div>`;
}

/** What a person did to the figure in 校对 (人工校对 / 已核对, who, when, the engine's value); "" if nothing. */
export function tipReview(review: FigureReview | undefined, t: ChartTheme): string {
  if (!review) return "";
  let html = `<div style="color:${t.text};margin-top:4px">${escapeHtml(reviewText.who(review))}</div>`;
  if (review.engineValue !== undefined)
    html += tipNote(reviewText.engineWas(formatNumber(review.engineValue)), t);
  return html;
}

export const tooltipBase = (t: ChartTheme) => ({
  confine: true,
  backgroundColor: "rgba(255,255,255,0.97)",
  borderColor: t.grid,
  textStyle: { color: t.text, fontFamily: t.font, fontSize: 13 },
  extraCssText: "max-width:360px;white-space:normal;box-shadow:0 2px 8px rgba(0,0,0,.12);",
});
