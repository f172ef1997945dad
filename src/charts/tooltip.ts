// Shared pieces of the HTML tooltips. Everything that may come from a report goes through
// escapeHtml; numbers are formatted by derive/format so tooltips read like the tiles and table.
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

export const tooltipBase = (t: ChartTheme) => ({
  confine: true,
  backgroundColor: "rgba(255,255,255,0.97)",
  borderColor: t.grid,
  textStyle: { color: t.text, fontFamily: t.font, fontSize: 13 },
  extraCssText: "max-width:360px;white-space:normal;box-shadow:0 2px 8px rgba(0,0,0,.12);",
});
