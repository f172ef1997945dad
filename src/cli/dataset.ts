// Node side of the extractor: files and folders in, JSON and CSV files out. The only place (with
// the CLI entry) that touches node:fs; everything it does to the bytes is shared with the browser.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { StoredReport } from "../domain";
import { serializeDataset, type Dataset } from "../data";
import { datasetOf, extractFile, recordOf } from "../data/from-files";
import { readDivisions } from "../geo/node";
import { fail, toIndicatorsCsv, toShortcomingsCsv } from "../io";

/** File types a report folder is scanned for. Unreadable ones among them still get an error record. */
const REPORT_EXTENSIONS = /\.(txt|text|html?|shtml|xhtml|docx|doc|wps|pdf|ofd|rtf|mht|mhtml)$/i;

/** Reads and extracts one path; a missing or unreadable file becomes an error record, never a throw. */
export function extractPath(path: string, fileName = path): StoredReport {
  let bytes: Uint8Array;
  try {
    if (!statSync(path).isFile()) return recordOf(fail(fileName, "不是文件"), fileName);
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const problem = code === "ENOENT" ? "找不到文件" : code === "EACCES" ? "没有读取权限" : "无法读取文件";
    return recordOf(fail(fileName, problem), fileName);
  }
  return recordOf(extractFile(bytes, fileName, { divisions: readDivisions() }), fileName);
}

/** The report files of a folder, sorted by code point so every machine lists them alike. */
export function listReportFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.startsWith(".") && REPORT_EXTENSIONS.test(e.name))
    .map((e) => e.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export interface ExtractDirOptions {
  inDir: string;
  outDir: string;
  dataset: string;
  label: string;
  fictional: boolean;
  /** Told about each problem worth a line on stderr. */
  warn?: (message: string) => void;
}

/** Extracts every report in `inDir` and writes reports.json, indicators.csv and shortcomings.csv. */
export function extractDirectory(opts: ExtractDirOptions): Dataset {
  const warn = opts.warn ?? (() => {});
  const names = listReportFiles(opts.inDir);
  const reports = names.map((name) => extractPath(join(opts.inDir, name), name));
  for (const r of reports) if (r.error) warn(r.error);
  const dataset = datasetOf(
    { id: opts.dataset, label: opts.label, fictional: opts.fictional },
    reports,
    (id, file) => warn(`《${basename(file)}》：报告ID ${id} 与前面的文件重复，已改为加序号`),
  );
  writeDataset(opts.outDir, dataset);
  return dataset;
}

export function writeDataset(outDir: string, dataset: Dataset): void {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, "reports.json"), serializeDataset(dataset));
  writeFileSync(join(outDir, "indicators.csv"), toIndicatorsCsv(dataset.reports));
  writeFileSync(join(outDir, "shortcomings.csv"), toShortcomingsCsv(dataset.reports));
}
