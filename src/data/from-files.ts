// Report files → records, the one recipe the CLI and the browser Worker share: read (io), extract
// (engine), and turn any failure into a reason for that file alone.
import { KEY_INDICATOR_IDS, type StoredReport } from "../domain";
import { extractReport, type ExtractOptions } from "../extract";
import { baseName, fail, readReportFile } from "../io";
import type { Dataset } from "./types";

export type FileResult = { ok: true; record: StoredReport } | { ok: false; reason: string };

/** Reads and extracts one file. Never throws: an engine failure is this file's problem only. */
export function extractFile(bytes: Uint8Array, fileName: string, options: ExtractOptions = {}): FileResult {
  const read = readReportFile(bytes, fileName);
  if (!read.ok) return read;
  try {
    return { ok: true, record: extractReport(read.text, fileName, options) };
  } catch (e) {
    return fail(fileName, `提取时出错：${e instanceof Error ? e.message : String(e)}`);
  }
}

/**
 * The record a file that could not be read still gets (CONTRACT.md §4): an `error`, no indicators,
 * every key indicator missing. Its id is the file name, which is unique within a folder.
 */
export function errorRecord(fileName: string, reason: string): StoredReport {
  return {
    id: baseName(fileName),
    file: fileName,
    township: null,
    county: null,
    year: null,
    indicators: [],
    shortcomings: [],
    missing: [...KEY_INDICATOR_IDS],
    error: reason,
    text: "",
  };
}

export function recordOf(result: FileResult, fileName: string): StoredReport {
  return result.ok ? result.record : errorRecord(fileName, result.reason);
}

/**
 * Makes report ids unique within a data set: two files about the same township and year (a .txt and
 * a .docx of one report) would otherwise collide. The later one gets "#2", "#3"…; `onDuplicate`
 * hears about it so the tool can say so.
 */
export function withUniqueIds(
  reports: readonly StoredReport[],
  onDuplicate?: (id: string, file: string) => void,
): StoredReport[] {
  const seen = new Set<string>();
  return reports.map((r) => {
    if (!seen.has(r.id)) {
      seen.add(r.id);
      return r;
    }
    let n = 2;
    while (seen.has(`${r.id}#${n}`)) n++;
    const id = `${r.id}#${n}`;
    seen.add(id);
    onDuplicate?.(r.id, r.file);
    return { ...r, id };
  });
}

export function datasetOf(
  meta: Omit<Dataset, "reports">,
  reports: readonly StoredReport[],
  onDuplicate?: (id: string, file: string) => void,
): Dataset {
  return { ...meta, reports: withUniqueIds(reports, onDuplicate) };
}
