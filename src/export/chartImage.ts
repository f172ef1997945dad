// Chart → PNG or SVG, rendered by a SEPARATE ECharts instance at the target size (not a copy of
// the on-screen canvas, which would be blurry when stretched and laid out for another width).
// The instance lives in a hidden, off-screen div only for the duration of one export.
import type { ChartOption, Size } from "../charts";
// The registered ECharts core (the charts door exports builders, not the runtime). This module is
// therefore reached only through import() in actions.ts, when the user asks for an image or a deck.
import { echarts, ensureParts } from "../charts/echarts";
import { EXPORT_FONT } from "./imageSettings";

export { EXPORT_FONT, exportTheme, SLIDE_LAYOUT, SLIDE_PIXEL_RATIO } from "./imageSettings";

export interface ImageRequest {
  /** The full option, frame included (frameOption), built for `size`. */
  option: ChartOption;
  /** Layout size in CSS px. */
  size: Size;
  /** PNG only: output pixels = size × pixelRatio. */
  pixelRatio: number;
}

/** Copies the option with every fontFamily in single quotes (see EXPORT_FONT); functions stay as they are. */
export function singleQuoteFonts<T>(value: T): T {
  if (Array.isArray(value)) return value.map(singleQuoteFonts) as T;
  if (value === null || typeof value !== "object" || Object.getPrototypeOf(value) !== Object.prototype)
    return value;
  // fromEntries defines each key as its own property: a "__proto__" key stays a key, never a prototype.
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [
      k,
      k === "fontFamily" && typeof v === "string" ? v.replaceAll('"', "'") : singleQuoteFonts(v),
    ]),
  ) as T;
}

export function exportOption(option: ChartOption): ChartOption {
  // Animation off: the first frame is the final one, so nothing is captured half-drawn.
  // The font is set on the root textStyle as well, for any text a builder did not style.
  const textStyle = Array.isArray(option.textStyle) ? {} : (option.textStyle ?? {});
  return singleQuoteFonts({
    ...option,
    animation: false,
    textStyle: { ...textStyle, fontFamily: EXPORT_FONT },
  });
}

function mount(size: Size): HTMLDivElement {
  const el = document.createElement("div");
  el.setAttribute("aria-hidden", "true");
  el.style.cssText = `position:fixed;left:-${size.width + 100}px;top:0;width:${size.width}px;height:${size.height}px;pointer-events:none;`;
  document.body.appendChild(el);
  return el;
}

/** Waits for web fonts so canvas text is not drawn in a fallback face (no-op for system fonts). */
async function fontsReady(): Promise<void> {
  if (typeof document !== "undefined" && document.fonts) await document.fonts.ready;
}

/** PNG as a data URL. */
export async function renderPng(req: ImageRequest): Promise<string> {
  await fontsReady();
  await ensureParts(req.option);
  const el = mount(req.size);
  const chart = echarts.init(el, null, {
    renderer: "canvas",
    width: req.size.width,
    height: req.size.height,
  });
  try {
    chart.setOption(exportOption(req.option), { notMerge: true });
    return chart.getDataURL({ type: "png", pixelRatio: req.pixelRatio, backgroundColor: "#ffffff" });
  } finally {
    chart.dispose();
    el.remove();
  }
}

/** SVG document text: vector, so it scales to any slide or page without a new export. */
export async function renderSvg(req: Omit<ImageRequest, "pixelRatio">): Promise<string> {
  await ensureParts(req.option, "svg");
  const el = mount(req.size);
  const chart = echarts.init(el, null, { renderer: "svg", width: req.size.width, height: req.size.height });
  try {
    chart.setOption(exportOption(req.option), { notMerge: true });
    const svg = chart.renderToSVGString({ useViewBox: true });
    return svg.startsWith("<?xml") ? svg : `<?xml version="1.0" encoding="UTF-8"?>\n${svg}`;
  } finally {
    chart.dispose();
    el.remove();
  }
}
