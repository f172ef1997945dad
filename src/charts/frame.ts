// The captioned frame (DESIGN §4): title, subtitle, source line and the 虚构示例数据 mark drawn as
// ECharts title/graphic elements, so the screen and the image export show exactly the same figure.
// Pure: (option, caption, size) → option. The builders' grid/legend/visualMap offsets are moved
// clear of the header and footer.
import { wrapLines } from "../text/lineBreak";
import { theme as defaultTheme, type ChartTheme } from "./theme";
import type { ChartOption, Size } from "./types";

export interface Caption {
  title: string;
  subtitle?: string;
  source: string;
  fictional: boolean;
}

export const FICTIONAL_MARK = "虚构示例数据";
const TITLE_SIZE = 16;
const SUB_SIZE = 12;
const SUB_LINE = 18;
const PAD = 16;
export const FOOTER_HEIGHT = 30;

/** CJK glyphs are about one em wide; Latin digits about half. Good enough to reserve lines. */
function textWidth(text: string, fontSize: number): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) < 0x100 ? fontSize * 0.55 : fontSize;
  return w;
}

/**
 * The subtitle in lines that fit the chart's width, broken only where Chinese line-breaking
 * allows (never between “约 and ”): ECharts' own "break" would cut anywhere. One em of slack per
 * line, so ECharts (measuring the real font) never breaks a line again.
 */
export function subtitleLines(subtitle: string, width: number): string[] {
  return wrapLines(subtitle, width - 2 * PAD - SUB_SIZE, (s) => textWidth(s, SUB_SIZE));
}

export function headerHeight(caption: Caption, width: number): number {
  const lines = caption.subtitle ? subtitleLines(caption.subtitle, width).length : 0;
  return 12 + TITLE_SIZE + 10 + lines * SUB_LINE + 6;
}

type Box = { top?: unknown; bottom?: unknown };

function shift<T extends Box>(box: T, top: number, bottom: number): T {
  const out = { ...box };
  if (typeof box.top === "number") out.top = box.top + top;
  if (typeof box.bottom === "number") out.bottom = box.bottom + bottom;
  return out;
}

function shiftAll(v: unknown, top: number, bottom: number): unknown {
  if (v === undefined) return undefined;
  return Array.isArray(v) ? v.map((b: Box) => shift(b, top, bottom)) : shift(v as Box, top, bottom);
}

export function frameOption(
  option: ChartOption,
  caption: Caption,
  size: Size,
  t: ChartTheme = defaultTheme,
): ChartOption {
  const top = headerHeight(caption, size.width);
  const bottom = FOOTER_HEIGHT;
  const graphic: unknown[] = [
    {
      type: "text",
      id: "frame-source",
      left: PAD,
      bottom: 9,
      silent: true,
      style: { text: caption.source, fill: t.muted, fontSize: 11, fontFamily: t.font },
    },
  ];
  if (caption.fictional) {
    graphic.push({
      type: "text",
      id: "frame-fictional",
      right: PAD,
      bottom: 6,
      silent: true,
      style: {
        text: FICTIONAL_MARK,
        fill: "#fff",
        backgroundColor: t.fictional,
        padding: [3, 8],
        borderRadius: 3,
        fontSize: 12,
        fontWeight: "bold",
        fontFamily: t.font,
      },
    });
  }
  const boxes: ChartOption = {};
  for (const k of ["grid", "legend", "visualMap"] as const) {
    if (option[k] !== undefined) (boxes as Record<string, unknown>)[k] = shiftAll(option[k], top, bottom);
  }
  // A builder's own titles (panel headings of small multiples) move below the caption like its grids.
  const own = option.title === undefined ? [] : [shiftAll(option.title, top, bottom)].flat();
  const frameTitle = {
    id: "frame-title",
    text: caption.title,
    subtext: caption.subtitle ? subtitleLines(caption.subtitle, size.width).join("\n") : "",
    left: PAD,
    top: 12,
    itemGap: 8,
    textStyle: {
      fontSize: TITLE_SIZE,
      fontWeight: 600,
      color: t.text,
      fontFamily: t.font,
      // Leave room at the right for the on-screen toolbar (指标说明, export).
      width: Math.max(120, size.width - 260),
      overflow: "truncate",
    },
    subtextStyle: {
      fontSize: SUB_SIZE,
      lineHeight: SUB_LINE,
      color: t.muted,
      fontFamily: t.font,
      width: size.width - 2 * PAD,
      overflow: "break",
    },
  };
  return {
    ...option,
    ...boxes,
    backgroundColor: "#ffffff",
    textStyle: { fontFamily: t.font, color: t.text },
    // One title object as before when the builder has none (export code and tests read .title.text).
    title: (own.length ? [frameTitle, ...own] : frameTitle) as ChartOption["title"],
    graphic: [
      ...(Array.isArray(option.graphic) ? option.graphic : option.graphic ? [option.graphic] : []),
      ...graphic,
    ] as ChartOption["graphic"],
  };
}
