// Node side of the extractor: files and folders in, JSON and CSV files out. The only place (with
// the CLI entry) that touches node:fs; everything it does to the bytes is shared with the browser,
// and runs in a worker thread (./threads.ts) so a file that overruns its time limit is stopped.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { StoredReport } from "../domain";
import { serializeDataset, type Dataset } from "../data";
import { datasetOf, errorRecord, recordOf } from "../data/from-files";
import { DEFAULT_TIME_LIMIT_MS, fail, inputSizeProblem, toIndicatorsCsv, toShortcomingsCsv } from "../io";
import type { InputFile } from "../workers/protocol";
import { extractInThreads } from "./threads";

/** File types a report folder is scanned for. Unreadable ones among them still get an error record. */
const REPORT_EXTENSIONS = /\.(txt|text|html?|shtml|xhtml|docx|doc|wps|pdf|ofd|rtf|mht|mhtml|zip)$/i;

export interface PathInput {
  /** Where to read it. */
  path: string;
  /** How records and messages name it. */
  name: string;
}

/**
 * Reads and extracts files: one record per file in the order given (a .zip gives one per entry).
 * A missing, unreadable, oversized, broken or overrunning file gets an error record; never throws.
 */
export async function extractPaths(
  inputs: readonly PathInput[],
  timeLimitMs = DEFAULT_TIME_LIMIT_MS,
): Promise<StoredReport[]> {
  const slots: (StoredReport | InputFile)[] = inputs.map(({ path, name }) => readInput(path, name));
  const files = slots.filter((s): s is InputFile => "bytes" in s);
  const outcomes = await extractInThreads(files, timeLimitMs);
  const records: StoredReport[] = [];
  let next = 0;
  for (const slot of slots) {
    if (!("bytes" in slot)) {
      records.push(slot);
      continue;
    }
    // Outcomes come in input order: this file's, or its entries' ("a.zip/…").
    while (next < outcomes.length) {
      const o = outcomes[next] as (typeof outcomes)[number];
      if (o.name !== slot.name && !o.name.startsWith(`${slot.name}/`)) break;
      records.push(recordOf(o));
      next++;
    }
  }
  return records;
}

function readInput(path: string, name: string): StoredReport | InputFile {
  const error = (problem: string) => errorRecord(name, fail(name, problem).reason);
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return error("不是文件");
    const tooLarge = inputSizeProblem(name, stat.size);
    if (tooLarge) return error(tooLarge);
    return { name, bytes: new Uint8Array(readFileSync(path)) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return error(code === "ENOENT" ? "找不到文件" : code === "EACCES" ? "没有读取权限" : "无法读取文件");
  }
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
  timeLimitMs?: number;
  /** Told about each problem worth a line on stderr. */
  warn?: (message: string) => void;
}

/** Extracts every report in `inDir` and writes reports.json, indicators.csv and shortcomings.csv. */
export async function extractDirectory(opts: ExtractDirOptions): Promise<Dataset> {
  const warn = opts.warn ?? (() => {});
  const names = listReportFiles(opts.inDir);
  const reports = await extractPaths(
    names.map((name) => ({ path: join(opts.inDir, name), name })),
    opts.timeLimitMs,
  );
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
