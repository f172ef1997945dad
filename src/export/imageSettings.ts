// Settings of the image export that the buttons need before anything is rendered. Kept apart from
// chartImage.ts, which holds the ECharts runtime: importing these constants must not download it.
import { theme, type ChartTheme, type Size } from "../charts";

/**
 * Font stack for exported files: what the machine that OPENS the file has (Office PCs in China
 * have 微软雅黑, Macs 苹方, Linux Noto), so Microsoft YaHei comes first, not the screen's order.
 * Single quotes: ECharts writes font-family into an SVG style="…" attribute without escaping, and
 * double quotes there make the SVG invalid XML.
 */
export const EXPORT_FONT = "'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', sans-serif";
export const exportTheme: ChartTheme = { ...theme, font: EXPORT_FONT };

/**
 * A 16:9 slide image is laid out at 960 × 540 CSS px and rasterised at 2× = 1920 × 1080: the
 * chart's type sizes (12–16 px) then read like 12–16 pt body text on a projected slide, where a
 * layout at a full 1920 px width would shrink them to footnotes.
 */
export const SLIDE_LAYOUT: Size = { width: 960, height: 540 };
export const SLIDE_PIXEL_RATIO = 2;
