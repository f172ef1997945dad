// The overview's first chart, as pure functions of the store's state and the window: its option and
// caption, and the size of its box. The boot (src/boot/firstChart.ts) draws it with these before React
// has loaded, and KeyTrendsChart builds the very same objects, so the chart React mounts adopts the
// drawn instance and has nothing to set.
import { keyTrendsOption, type Caption, type ChartOption } from "../../charts";
import { captionOf } from "../../components/useCaption";
import type { KeyTrendsVM } from "../../derive";
import { kept } from "../../store/memo";
import type { DashState } from "../../store";
import { zh } from "../../text/zh";

export const KEY_TRENDS_ID = "overview-key-trends";

/**
 * The chart's height for a window height — by the window alone, not by what is above the chart, so
 * the boot knows it before the page has rendered anything: 280 px at 1366×768, 560 at 1920×1080.
 */
export const keyTrendsHeight = (windowHeight: number): number =>
  Math.round(Math.min(560, Math.max(280, windowHeight - 488)));

/** The chart's option for a view model (kept: the same object for the same model). */
export const keyTrendsOptionOf = (vm: KeyTrendsVM): ChartOption =>
  kept("key-trends", [vm], () => keyTrendsOption(vm));

export const keyTrendsSubtitle = (vm: KeyTrendsVM | null): string =>
  zh.overview.trendSubtitle(vm?.oneCounty ?? true, vm?.joined ?? true);

/** The caption the chart is framed with for the store's state. */
export const keyTrendsCaptionOf = (s: DashState, vm: KeyTrendsVM | null): Caption =>
  captionOf(s, zh.overview.trendTitle, keyTrendsSubtitle(vm));
