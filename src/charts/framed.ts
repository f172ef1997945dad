// A chart's option framed for its box (title, subtitle, source line; legends fitted), kept per
// chart id: the view and a chart drawn ahead of it (views/predraw.ts) get the very same object for
// the same inputs, and the pooled chart (EChart.tsx) draws nothing for an option it already shows.
import { kept } from "../store/memo";
import { frameOption, type Caption } from "./frame";
import { fitLegend } from "./legend";
import type { ChartOption } from "./types";

export const framedOf = (
  id: string,
  option: ChartOption,
  caption: Caption,
  width: number,
  height: number,
): ChartOption =>
  kept(
    `framed:${id}`,
    [option, caption.title, caption.subtitle, caption.source, caption.fictional, width, height],
    // Legends wrap onto a few rows rather than page (◀ 1/3 ▶) when the names fit.
    () => frameOption(fitLegend(option, { width, height }), caption, { width, height }),
  );
