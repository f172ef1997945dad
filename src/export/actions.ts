// What the export buttons do, one function per file type. Heavy libraries load here, on demand:
// ECharts (./chartImage), exceljs (./xlsx) and pptxgenjs (./deckPptx) are reached only through
// import() inside these functions, so Vite puts them in their own chunks and the page never
// downloads them unless the user asks (DESIGN §12). Only `import type` from those modules here.
import {
  fitLegend,
  frameOption,
  rankingOption,
  trendsOption,
  type ChartOption,
  type ChartTheme,
  type Size,
} from "../charts";
import { exportSubtitle, sourceLine } from "./caption";
import type { ImageRequest } from "./chartImage";
import { sheetToCsv } from "./csv";
import type { ChartSpec, DeckInput } from "./deckModel";
import { dataUrlToBytes, MIME, saveBlob } from "./download";
import { chartFileName, deckFileName, exportDate, tableFileName } from "./fileNames";
import { exportTheme, SLIDE_PIXEL_RATIO } from "./imageSettings";
import { toSheet, type VisibleTable } from "./sheet";

/** An exported picture lists every legend entry: a scrolling legend (◀ 1/2 ▶) would hide names. */
const unrollLegend = (option: ChartOption, size: Size) => fitLegend(option, size, Infinity);

/** What a chart panel tells the export menu about itself. */
export interface ChartExportSource {
  /** Builds the chart's option (without the frame) in the given theme. */
  build: (theme: ChartTheme) => ChartOption;
  title: string;
  /** County shown; null = every county of the data set. */
  county: string | null;
  /** "2023" or "2021-2024", as in the file name. */
  years: string;
  /** What the chart shows, for the subtitle and the file name: an indicator or a view name. */
  subject: string;
  fictional: boolean;
}

export const countyLabel = (county: string | null): string => county ?? "全部县（市、区）";

function framed(src: ChartExportSource, size: Size, date: string): ChartOption {
  const caption = {
    title: src.title,
    subtitle: exportSubtitle(countyLabel(src.county), src.years, src.subject),
    source: sourceLine(date),
    fictional: src.fictional,
  };
  return frameOption(unrollLegend(src.build(exportTheme), size), caption, size, exportTheme);
}

export async function exportChartPng(
  src: ChartExportSource,
  size: Size,
  pixelRatio: number,
  now = new Date(),
) {
  const date = exportDate(now);
  const { renderPng } = await import("./chartImage");
  const url = await renderPng({ option: framed(src, size, date), size, pixelRatio });
  const name = chartFileName(countyLabel(src.county), src.subject, src.years, date, "png");
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
}

export async function exportTableXlsx(table: VisibleTable, ctx: TableExportContext, now = new Date()) {
  const { sheetToXlsx } = await import("./xlsx");
  const buf = await sheetToXlsx(toSheet(table, { fictional: ctx.fictional }));
  const name = tableFileName(countyLabel(ctx.county), exportDate(now), "xlsx");
  saveBlob(new Blob([buf], { type: MIME.xlsx }), name);
  return name;
}

export function exportTableCsv(table: VisibleTable, ctx: TableExportContext, now = new Date()) {
  const csv = sheetToCsv(toSheet(table, { fictional: ctx.fictional }));
  const name = tableFileName(countyLabel(ctx.county), exportDate(now), "csv");
  saveBlob(new Blob([csv], { type: MIME.csv }), name);
  return name;
}

/** A deck chart: the dashboard's own option builder, rendered at the slide's chart box. */
function deckChartRenderer(renderPng: (req: ImageRequest) => Promise<string>) {
  return (spec: ChartSpec, size: Size): Promise<string> => {
    const option =
      spec.type === "ranking" ? rankingOption(spec.vm, exportTheme) : trendsOption(spec.vm, exportTheme);
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
  const name = deckFileName(input.county, input.year);
  saveBlob(new Blob([buf], { type: MIME.pptx }), name);
  return name;
}
