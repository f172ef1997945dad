// Lays the deck model out as a 16:9 .pptx with pptxgenjs. This module pulls in pptxgenjs (and
// JSZip), so the UI reaches it only through a dynamic import() when the user clicks 生成简报.
// Every text and table names its font: a deck opened on an office PC with a different default
// theme must still show 微软雅黑, not a Latin font with fallback glyphs.
import PptxGenJS from "pptxgenjs";
import { escapeXml } from "../charts";
import { FICTIONAL_MARK } from "./caption";
import type { ChartSpec, DeckModel, DeckSlide, Tile } from "./deckModel";
import { fitFontSize } from "./textFit";

export const DECK_FONT = "Microsoft YaHei";
const LANG = "zh-CN";
const NAVY = "1F3864";
const GREY = "595959";
const RED = "C00000";

/** Slide geometry in inches (LAYOUT_16x9 is 10 × 5.625). */
export const SLIDE = { w: 10, h: 5.625 };
/** Where a chart image goes; the renderer draws it at exactly this aspect ratio. */
export const CHART_BOX = { x: 0.5, y: 1.45, w: 9, h: 3.6 };
/** CSS pixels per inch: the chart is laid out at slide size in CSS px, then rendered at 2×. */
export const CHART_PX_PER_INCH = 96;

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
      x: 0.5,
      y: 0.28,
      w: 9,
      h: 0.55,
      fontSize: fitFontSize(title, 9, 1, 22, 16),
      bold: true,
      color: NAVY,
    }),
  );
  slide.addShape("line", { x: 0.5, y: 0.86, w: 9, h: 0, line: { color: NAVY, width: 1 } });
  if (finding) {
    slide.addText(
      finding,
      text({
        x: 0.5,
        y: 0.92,
        w: 9,
        h: 0.5,
        fontSize: fitFontSize(finding, 9, 2, 12, 9),
        color: "262626",
        valign: "top",
      }),
    );
  }
  slide.addText(model.source, text({ x: 0.5, y: 5.2, w: 6.6, h: 0.25, fontSize: 8, color: GREY }));
  if (model.fictional) {
    slide.addText(
      FICTIONAL_MARK,
      text({ x: 7.2, y: 5.2, w: 1.7, h: 0.25, fontSize: 9, bold: true, color: RED, align: "right" }),
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
      y: 1.6,
      w: 8.8,
      h: 0.9,
      fontSize: fitFontSize(s.title, 8.8, 1, 30, 20),
      bold: true,
      color: NAVY,
    }),
  );
  slide.addText(s.subtitle, text({ x: 0.6, y: 2.6, w: 8.8, h: 0.45, fontSize: 16, color: "262626" }));
  slide.addText(s.note, text({ x: 0.6, y: 3.1, w: 8.8, h: 0.35, fontSize: 12, color: GREY }));
  if (model.fictional) {
    slide.addText(
      `${FICTIONAL_MARK}：本简报中的县、乡镇和数字均为虚构，仅供演示`,
      text({ x: 0.6, y: 4.2, w: 8.8, h: 0.4, fontSize: 14, bold: true, color: RED }),
    );
  }
  slide.addText(model.source, text({ x: 0.6, y: 5.2, w: 8.8, h: 0.25, fontSize: 8, color: GREY }));
}

function addTiles(slide: Slide, tiles: readonly Tile[]): void {
  const w = 2.1;
  const h = 1.6;
  tiles.forEach((t, i) => {
    const x = 0.5 + (i % 4) * (w + 0.2);
    const y = 1.55 + Math.floor(i / 4) * (h + 0.2);
    slide.addShape("rect", { x, y, w, h, fill: { color: "F2F5FA" }, line: { color: "D0D7E5", width: 0.75 } });
    slide.addText(
      t.label,
      text({
        x: x + 0.12,
        y: y + 0.12,
        w: w - 0.24,
        h: 0.3,
        fontSize: fitFontSize(t.label, w - 0.24, 1, 11, 8),
        color: GREY,
      }),
    );
    slide.addText(
      t.value,
      text({
        x: x + 0.12,
        y: y + 0.5,
        w: w - 0.24,
        h: 0.45,
        fontSize: fitFontSize(t.value, w - 0.24, 1, 18, 11),
        bold: true,
        color: NAVY,
      }),
    );
    slide.addText(
      t.note,
      text({
        x: x + 0.12,
        y: y + 1.0,
        w: w - 0.24,
        h: 0.48,
        fontSize: fitFontSize(t.note, w - 0.24, 2, 9, 7),
        color: GREY,
        valign: "top",
      }),
    );
  });
}

function addTable(slide: Slide, s: Extract<DeckSlide, { kind: "table" }>): void {
  const head: PptxGenJS.TableRow = s.header.map((h) => ({
    text: h,
    options: { bold: true, color: "FFFFFF", fill: { color: NAVY }, align: "center" },
  }));
  const body: PptxGenJS.TableRow[] = s.rows.map((r, i) =>
    r.map((c, j) => ({
      text: c,
      options: {
        fill: { color: i % 2 === 1 ? "F2F5FA" : "FFFFFF" },
        align: j === 0 || s.header.length === 4 ? "left" : "center",
        color: c === "—" || c.startsWith("未写明") || c === "无报告" ? "A6A6A6" : "262626",
      },
    })),
  );
  slide.addTable([head, ...body], {
    x: 0.5,
    y: 1.5,
    w: 9,
    colW: s.colW,
    fontFace: DECK_FONT,
    fontSize: s.header.length > 6 ? 9 : 10,
    valign: "middle",
    margin: 0.04,
    border: { type: "solid", pt: 0.5, color: "BFBFBF" },
    rowH: 0.3,
  });
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
    slide.slideNumber = { x: 9.05, y: 5.2, w: 0.45, h: 0.25, fontFace: DECK_FONT, fontSize: 8, color: GREY };
    if (s.kind === "overview") addTiles(slide, s.tiles);
    else if (s.kind === "table") addTable(slide, s);
    else {
      const data = await renderChart(s.chart, {
        width: Math.round(CHART_BOX.w * CHART_PX_PER_INCH),
        height: Math.round(CHART_BOX.h * CHART_PX_PER_INCH),
      });
      slide.addImage({ data, ...CHART_BOX, altText: s.title });
    }
  }

  const out = await pptx.write({ outputType: "arraybuffer", compression: true });
  return out as ArrayBuffer;
}
