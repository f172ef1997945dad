// Lays the deck model out as a 16:9 .pptx with pptxgenjs. This module pulls in pptxgenjs (and
// JSZip), so the UI reaches it only through a dynamic import() when the user clicks 生成简报.
// Every text and table names its font: a deck opened on an office PC with a different default
// theme must still show 微软雅黑, not a Latin font with fallback glyphs. Type sizes come from
// deckLayout.PT: body ≥ 14 pt, tables ≥ 12 pt, source lines ≥ 10 pt.
import PptxGenJS from "pptxgenjs";
import { escapeXml } from "../charts";
import { FICTIONAL_MARK } from "./caption";
import {
  CELL_MARGIN,
  CONTENT_BOTTOM,
  CONTENT_W,
  contentTop,
  FINDING_Y,
  findingPt,
  linesHeight,
  linesOf,
  MARGIN_X,
  PT,
  SLIDE,
} from "./deckLayout";
import type { ChartSpec, DeckModel, DeckSlide, Tile, Tone } from "./deckModel";
import { fitFontSize } from "./textFit";

export { SLIDE } from "./deckLayout";
export const DECK_FONT = "Microsoft YaHei";
const LANG = "zh-CN";
const NAVY = "1F3864";
const GREY = "595959";
const INK = "262626";
const RED = "C00000";
const ALERT_FILL = "FDE2E1";

/**
 * CSS pixels per inch of a chart image: 72, so a 13 px chart label prints as 13 pt on the slide
 * (at 96 it shrank to 9–10 pt, unreadable from the back of a room).
 */
export const CHART_PX_PER_INCH = 72;

/** Renders one chart to a PNG data URL at the given CSS size (the renderer picks the pixel ratio). */
export type ChartRenderer = (spec: ChartSpec, size: { width: number; height: number }) => Promise<string>;

type Slide = PptxGenJS.Slide;
const text = (o: PptxGenJS.TextPropsOptions): PptxGenJS.TextPropsOptions => ({
  fontFace: DECK_FONT,
  lang: LANG,
  margin: 0,
  ...o,
});

function addFrame(slide: Slide, model: DeckModel, title: string, finding: string): void {
  slide.addText(
    title,
    text({
      x: MARGIN_X,
      y: 0.28,
      w: CONTENT_W,
      h: 0.55,
      fontSize: fitFontSize(title, CONTENT_W, 1, PT.title, 18),
      bold: true,
      color: NAVY,
    }),
  );
  slide.addShape("line", { x: MARGIN_X, y: 0.88, w: CONTENT_W, h: 0, line: { color: NAVY, width: 1 } });
  if (finding) {
    const pt = findingPt(finding);
    slide.addText(
      finding,
      text({
        x: MARGIN_X,
        y: FINDING_Y,
        w: CONTENT_W,
        h: linesHeight(linesOf(finding, CONTENT_W, pt), pt) + 0.05,
        fontSize: pt,
        color: INK,
        valign: "top",
      }),
    );
  }
  slide.addText(
    model.source,
    text({ x: MARGIN_X, y: 5.22, w: 6.4, h: 0.25, fontSize: PT.source, color: GREY }),
  );
  if (model.fictional) {
    slide.addText(
      FICTIONAL_MARK,
      text({ x: 6.9, y: 5.2, w: 1.9, h: 0.28, fontSize: PT.bodyMin, bold: true, color: RED, align: "right" }),
    );
  }
}

function addCover(slide: Slide, model: DeckModel, s: Extract<DeckSlide, { kind: "cover" }>): void {
  slide.background = { color: "F4F6FA" };
  slide.addShape("rect", { x: 0, y: 0, w: SLIDE.w, h: 0.25, fill: { color: NAVY } });
  slide.addText(
    s.title,
    text({
      x: 0.6,
      y: 1.5,
      w: 8.8,
      h: 1.0,
      fontSize: fitFontSize(s.title, 8.8, 1, 32, 22),
      bold: true,
      color: NAVY,
    }),
  );
  slide.addText(s.subtitle, text({ x: 0.6, y: 2.6, w: 8.8, h: 0.45, fontSize: 18, color: INK }));
  slide.addText(s.note, text({ x: 0.6, y: 3.15, w: 8.8, h: 0.4, fontSize: 16, color: GREY }));
  if (model.fictional) {
    slide.addText(
      `${FICTIONAL_MARK}：本简报中的县、乡镇和数字均为虚构，仅供演示`,
      text({ x: 0.6, y: 4.1, w: 8.8, h: 0.45, fontSize: 18, bold: true, color: RED }),
    );
  }
  slide.addText(model.source, text({ x: 0.6, y: 5.2, w: 8.8, h: 0.25, fontSize: PT.source, color: GREY }));
}

/** A row of tiles: label, big value, a note of up to three lines. */
function addTileRow(slide: Slide, tiles: readonly Tile[], y: number, h: number): void {
  const gap = 0.2;
  const w = (CONTENT_W - gap * (tiles.length - 1)) / tiles.length;
  tiles.forEach((t, i) => {
    const x = MARGIN_X + i * (w + gap);
    const edge = t.warn ? "E8A09A" : "D0D7E5";
    slide.addShape("rect", { x, y, w, h, fill: { color: "F2F5FA" }, line: { color: edge, width: 1 } });
    const inner = w - 0.24;
    slide.addText(
      t.label,
      text({ x: x + 0.12, y: y + 0.08, w: inner, h: 0.3, fontSize: PT.bodyMin, color: GREY }),
    );
    slide.addText(
      t.value,
      text({
        x: x + 0.12,
        y: y + 0.4,
        w: inner,
        h: 0.45,
        fontSize: fitFontSize(t.value, inner, 1, 26, 16),
        bold: true,
        color: t.warn ? RED : NAVY,
      }),
    );
    slide.addText(
      t.note,
      text({
        x: x + 0.12,
        y: y + 0.88,
        w: inner,
        h: h - 0.95,
        fontSize: PT.bodyMin,
        color: GREY,
        valign: "top",
      }),
    );
  });
}

function addOverview(slide: Slide, s: Extract<DeckSlide, { kind: "overview" }>): void {
  const top = contentTop(s.finding);
  const h = (CONTENT_BOTTOM - top - 0.15) / 2;
  addTileRow(slide, s.headlines, top, h);
  addTileRow(slide, s.tiles, top + h + 0.15, h);
}

const TONE_STYLE: Record<Exclude<Tone, null>, PptxGenJS.TableCellProps> = {
  alert: { bold: true, color: RED, fill: { color: ALERT_FILL } },
  muted: { color: "7F7F7F" },
};

function addTable(slide: Slide, s: Extract<DeckSlide, { kind: "table" }>): void {
  const head: PptxGenJS.TableRow = s.header.map((h) => ({
    text: h,
    options: { bold: true, color: "FFFFFF", fill: { color: NAVY }, align: "center" },
  }));
  const body: PptxGenJS.TableRow[] = s.rows.map((r, i) =>
    r.map((c, j) => {
      const tone = s.tones?.[i]?.[j] ?? null;
      return {
        text: c,
        options: {
          fill: { color: i % 2 === 1 ? "F2F5FA" : "FFFFFF" },
          align: j === 0 || c.length > 8 ? "left" : "center",
          color: c === "—" ? "A6A6A6" : INK,
          ...(tone ? TONE_STYLE[tone] : {}),
        },
      };
    }),
  );
  slide.addTable([head, ...body], {
    x: MARGIN_X,
    y: contentTop(s.finding),
    w: CONTENT_W,
    colW: s.colW,
    fontFace: DECK_FONT,
    fontSize: PT.table,
    valign: "middle",
    margin: CELL_MARGIN * 72,
    border: { type: "solid", pt: 0.5, color: "BFBFBF" },
  });
}

function addPoints(slide: Slide, s: Extract<DeckSlide, { kind: "statement" }>): void {
  const top = contentTop(s.finding) + 0.1;
  const runs = s.points.map((p) => ({
    text: p,
    options: { bullet: true, paraSpaceAfter: 10, breakLine: true },
  }));
  if (runs.length === 0) return;
  slide.addText(
    runs,
    text({
      x: MARGIN_X,
      y: top,
      w: CONTENT_W,
      h: CONTENT_BOTTOM - top,
      fontSize: PT.body,
      color: INK,
      valign: "top",
    }),
  );
}

function addQuotes(slide: Slide, s: Extract<DeckSlide, { kind: "quotes" }>): void {
  let y = contentTop(s.finding);
  for (const q of s.quotes) {
    const hh = linesHeight(linesOf(q.head, CONTENT_W, PT.bodyMin), PT.bodyMin);
    slide.addText(
      q.head,
      text({ x: MARGIN_X, y, w: CONTENT_W, h: hh, fontSize: PT.bodyMin, bold: true, color: NAVY }),
    );
    const th = linesHeight(linesOf(q.text, CONTENT_W - 0.3, PT.bodyMin), PT.bodyMin);
    slide.addShape("rect", {
      x: MARGIN_X,
      y: y + hh + 0.02,
      w: 0.06,
      h: th,
      fill: { color: "D0D7E5" },
      line: { color: "D0D7E5" },
    });
    slide.addText(
      q.text,
      text({
        x: MARGIN_X + 0.3,
        y: y + hh + 0.02,
        w: CONTENT_W - 0.3,
        h: th,
        fontSize: PT.bodyMin,
        color: INK,
        valign: "top",
      }),
    );
    y += hh + th + 0.18;
  }
}

async function addChart(
  slide: Slide,
  s: Extract<DeckSlide, { kind: "chart" }>,
  renderChart: ChartRenderer,
): Promise<void> {
  const top = contentTop(s.finding);
  const noteH = s.note ? linesHeight(linesOf(s.note, CONTENT_W, PT.bodyMin), PT.bodyMin) + 0.05 : 0;
  const box = { x: MARGIN_X, y: top, w: CONTENT_W, h: CONTENT_BOTTOM - top - noteH };
  const data = await renderChart(s.chart, {
    width: Math.round(box.w * CHART_PX_PER_INCH),
    height: Math.round(box.h * CHART_PX_PER_INCH),
  });
  slide.addImage({ data, ...box, altText: `${s.title}。${s.finding}` });
  if (s.note) {
    slide.addText(
      s.note,
      text({
        x: MARGIN_X,
        y: box.y + box.h + 0.02,
        w: CONTENT_W,
        h: noteH,
        fontSize: PT.bodyMin,
        color: GREY,
      }),
    );
  }
}

export async function deckToPptx(model: DeckModel, renderChart: ChartRenderer): Promise<ArrayBuffer> {
  const pptx = new PptxGenJS();
  pptx.layout = "LAYOUT_16x9";
  pptx.theme = { headFontFace: DECK_FONT, bodyFontFace: DECK_FONT };
  pptx.title = model.title;
  pptx.subject = model.fictional ? `${model.title}（${FICTIONAL_MARK}）` : model.title;
  // pptxgenjs escapes title, subject and author but writes Company into docProps/app.xml as given.
  pptx.company = escapeXml(model.county);
  pptx.author = "法治政府建设年报看板";

  // Charts render one after another: each needs its own off-screen ECharts instance.
  for (const s of model.slides) {
    const slide = pptx.addSlide();
    if (s.kind === "cover") {
      addCover(slide, model, s);
      continue;
    }
    addFrame(slide, model, s.title, s.finding);
    slide.slideNumber = {
      x: 9.0,
      y: 5.22,
      w: 0.5,
      h: 0.25,
      fontFace: DECK_FONT,
      fontSize: PT.source,
      color: GREY,
      align: "right",
    };
    if (s.kind === "overview") addOverview(slide, s);
    else if (s.kind === "table") addTable(slide, s);
    else if (s.kind === "statement") addPoints(slide, s);
    else if (s.kind === "quotes") addQuotes(slide, s);
    else await addChart(slide, s, renderChart);
  }

  const out = await pptx.write({ outputType: "arraybuffer", compression: true });
  return out as ArrayBuffer;
}
