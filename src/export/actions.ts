// What the export buttons do, one function per file type. Heavy libraries load here, on demand:
// ECharts (./chartImage), exceljs (./xlsx) and pptxgenjs (./deckPptx) are reached only through
// import() inside these functions, so Vite puts them in their own chunks and the page never
// downloads them unless the user asks (DESIGN §12). Only `import type` from those modules here.
import {
  fitLegend,
  frameOption,
  keyTrendsOption,
  rankingOption,
  type ChartOption,
  type ChartTheme,
  type Size,
} from "../charts";
import { exportSubtitle, sourceLine } from "./caption";
import type { ImageRequest } from "./chartImage";
import { sheetToCsv } from "./csv";
import type { ChartSpec, DeckInput } from "./deckModel";
import { dataUrlToBytes, MIME, saveBlob } from "./download";
import { chartFileName, deckFileName, exportDate, tableFileName, type ImageVariant } from "./fileNames";
import { exportTheme, SLIDE_PIXEL_RATIO } from "./imageSettings";
import { markFictional, toSheet, type VisibleTable } from "./sheet";
import type { WorkbookContext } from "./workbook";
import type { Scope } from "../derive";

/** An exported picture lists every legend entry: a scrolling legend (◀ 1/2 ▶) would hide names. */
const unrollLegend = (option: ChartOption, size: Size) => fitLegend(option, size, Infinity);

/** What a chart panel tells the export menu about itself. */
export interface ChartExportSource {
  /** Builds the chart's option (without the frame) in the given theme, for an image of `size`. */
  build: (theme: ChartTheme, size: Size) => ChartOption;
  title: string;
  /** County shown; null = every county of the data set. */
  county: string | null;
  /** "2023" or "2021-2024", as in the file name. */
  years: string;
  /** What the chart shows, for the subtitle and the file name: an indicator or a view name. */
  subject: string;
  fictional: boolean;
  /**
   * The chart's keys and notes as the screen shows them (空心条为约数；括号内为较上年变化…) and
   * what it leaves out (未写明：…): an image passed on alone must still be readable.
   */
  notes?: string;
}

export const countyLabel = (county: string | null): string => county ?? "全部县（市、区）";

function framed(src: ChartExportSource, size: Size, date: string): ChartOption {
  const caption = {
    title: src.title,
    subtitle: [exportSubtitle(countyLabel(src.county), src.years, src.subject), src.notes]
      .filter(Boolean)
      .join("。"),
    source: sourceLine(date),
    fictional: src.fictional,
  };
  return frameOption(unrollLegend(src.build(exportTheme, size), size), caption, size, exportTheme);
}

export async function exportChartPng(
  src: ChartExportSource,
  size: Size,
  pixelRatio: number,
  variant: ImageVariant,
  now = new Date(),
) {
  const date = exportDate(now);
  const { renderPng } = await import("./chartImage");
  const url = await renderPng({ option: framed(src, size, date), size, pixelRatio });
  const name = chartFileName(countyLabel(src.county), src.subject, src.years, date, "png", variant);
  saveBlob(new Blob([dataUrlToBytes(url)], { type: MIME.png }), name);
  return name;
}

export async function exportChartSvg(src: ChartExportSource, size: Size, now = new Date()) {
  const date = exportDate(now);
  const { renderSvg } = await import("./chartImage");
  const svg = await renderSvg({ option: framed(src, size, date), size });
  const name = chartFileName(countyLabel(src.county), src.subject, src.years, date, "svg");
  saveBlob(new Blob([svg], { type: MIME.svg }), name);
  return name;
}

export interface TableExportContext {
  county: string | null;
  fictional: boolean;
  /** What the workbook's other sheets (原文依据, 存在问题, 缺项清单, 说明) are made from. */
  scope: Scope;
  datasetLabel: string;
  reviewOf?: WorkbookContext["reviewOf"];
}

export async function exportTableXlsx(table: VisibleTable, ctx: TableExportContext, now = new Date()) {
  const date = exportDate(now);
  const [{ sheetsToXlsx }, { workbookSheets }] = await Promise.all([import("./xlsx"), import("./workbook")]);
  const sheets = [toSheet(table, { fictional: ctx.fictional }), ...workbookSheets({ ...ctx, date })];
  const buf = await sheetsToXlsx(sheets);
  const name = tableFileName(countyLabel(ctx.county), date, "xlsx", ctx.fictional);
  saveBlob(new Blob([buf], { type: MIME.xlsx }), name);
  return name;
}

/** 催报清单 as its own workbook: the list, and the sheet saying where it came from. */
export async function exportChaseXlsx(ctx: TableExportContext, now = new Date()) {
  const date = exportDate(now);
  const [{ sheetsToXlsx }, { chaseSheet, aboutSheet }] = await Promise.all([
    import("./xlsx"),
    import("./workbook"),
  ]);
  const full = { ...ctx, date };
  const buf = await sheetsToXlsx([markFictional(chaseSheet(ctx.scope), ctx.fictional), aboutSheet(full)]);
  const name = tableFileName(countyLabel(ctx.county), date, "xlsx", ctx.fictional, "催报清单");
  saveBlob(new Blob([buf], { type: MIME.xlsx }), name);
  return name;
}

export function exportTableCsv(table: VisibleTable, ctx: TableExportContext, now = new Date()) {
  const csv = sheetToCsv(toSheet(table, { fictional: ctx.fictional }));
  const name = tableFileName(countyLabel(ctx.county), exportDate(now), "csv", ctx.fictional);
  saveBlob(new Blob([csv], { type: MIME.csv }), name);
  return name;
}

/** A deck chart: the dashboard's own option builder, made fit for a slide, rendered at the slide's chart box. */
function deckChartRenderer(renderPng: (req: ImageRequest) => Promise<string>) {
  return async (spec: ChartSpec, size: Size): Promise<string> => {
    const { deckKeyTrendsOption, deckRankingOption } = await import("./deckCharts");
    const option =
      spec.type === "ranking"
        ? deckRankingOption(rankingOption(spec.vm, exportTheme), spec.vm)
        : deckKeyTrendsOption(keyTrendsOption(spec.vm, exportTheme));
    return renderPng({ option: unrollLegend(option, size), size, pixelRatio: SLIDE_PIXEL_RATIO });
  };
}

export async function exportDeck(input: Omit<DeckInput, "date">, now = new Date()) {
  const [{ buildDeckModel }, { deckToPptx }, { renderPng }] = await Promise.all([
    import("./deckModel"),
    import("./deckPptx"),
    import("./chartImage"),
  ]);
  const model = buildDeckModel({ ...input, date: exportDate(now) });
  const buf = await deckToPptx(model, deckChartRenderer(renderPng));
  const name = deckFileName(input.county, input.year, input.fictional);
  saveBlob(new Blob([buf], { type: MIME.pptx }), name);
  return name;
}
