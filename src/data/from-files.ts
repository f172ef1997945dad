// Report files → records, the one recipe the CLI and the browser Worker share: read (io), extract
// (engine), and turn any failure into a reason for that file alone. Each result carries the file's
// import key (sha256 of its bytes), which the workspace hangs corrections on.
import { KEY_INDICATOR_IDS, type StoredReport } from "../domain";
import { extractReport, extractReports, type ExtractOptions } from "../extract";
import {
  archiveEntries,
  baseName,
  DEFAULT_TIME_LIMIT_MS,
  fail,
  isArchive,
  readReportFile,
  readReportFileSync,
  sniffBinary,
  TimeLimitExceeded,
  timeLimitText,
  type ReportFormat,
} from "../io";
import { importKey } from "../io/key";
import type { ImportKey } from "../workspace/types";
import type { Dataset } from "./types";

export { importKey };

/** `name`: the file as given (inside a .zip: "a.zip/dir/x.docx"); `key`: its import key. */
export type FileResult = { name: string; key: ImportKey } & (
  | { ok: true; record: StoredReport; format: ReportFormat }
  | { ok: false; reason: string; timedOut?: true }
);

export interface ExtractFileOptions {
  /** Per file (each entry of a .zip has its own); readers stop cooperatively when it runs out. */
  timeLimitMs?: number;
  /** The engine's options (the national division list). */
  engine?: ExtractOptions;
}

/**
 * Reads and extracts one file (not an archive: see extractEach). Never throws. `key` is the file's
 * import key if a caller already started computing it: WebCrypto hashes on a thread of its own, so
 * the hash is started first and awaited only after the (synchronous) extraction, never waited for.
 */
export async function extractFile(
  bytes: Uint8Array,
  fileName: string,
  options: ExtractFileOptions = {},
  key: Promise<ImportKey> = importKey(bytes),
): Promise<FileResult> {
  key.catch(() => undefined); // awaited below; not an unhandled rejection while the file is read
  // Only a PDF is read asynchronously (pdf.js): every other format without a promise's turn.
  if (sniffBinary(bytes) !== "pdf")
    return { ...(readAndExtract([{ bytes, name: fileName }], options)[0] as Unkeyed), key: await key } as FileResult;
  const limit = options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
  let read: Read;
  try {
    read = await readReportFile(bytes, fileName, { deadline: Date.now() + limit });
  } catch (e) {
    read = readFailure(e, fileName, limit);
  }
  const result: Unkeyed = read.ok
    ? resultOf(fileName, read, tryExtract(() => extractReport(read.text, fileName, options.engine)))
    : { name: fileName, ...read };
  return { ...result, key: await key } as FileResult;
}

/** Files of at most this size may be extracted together (extractTextFiles): ms of engine time each. */
export const BATCH_FILE_BYTES = 256 * 1024;

/** Whether extractTextFiles takes this file: a plain (not PDF, not archive) file of BATCH_FILE_BYTES at most. */
export const batchable = (bytes: Uint8Array, fileName: string): boolean =>
  bytes.length <= BATCH_FILE_BYTES && !isArchive(bytes, fileName) && sniffBinary(bytes) !== "pdf";

/**
 * extractFile for several `batchable` files at once, the same results in order: each is read alone
 * (a file that cannot be read answers for itself), and the texts read go through the engine in one
 * extractReports call, which runs each stage over all of them before the next — less CPU per
 * report than one at a time (0.75–0.80× in batches of 8–16). If that call throws, each text is
 * extracted alone, so the error names its own file. `keys`: the files' import keys, as extractFile's.
 */
export async function extractTextFiles(
  files: readonly { bytes: Uint8Array; name: string }[],
  options: ExtractFileOptions = {},
  keys: readonly Promise<ImportKey>[] = files.map((f) => importKey(f.bytes)),
): Promise<FileResult[]> {
  for (const key of keys) key.catch(() => undefined); // awaited below
  const results: FileResult[] = [];
  for (const [i, r] of readAndExtract(files, options).entries())
    results.push({ ...r, key: await (keys[i] as Promise<ImportKey>) } as FileResult);
  return results;
}

/** extractTextFiles without keys, synchronous: for `npm run bench`'s timing loop. */
export function extractTextFilesSync(
  files: readonly { bytes: Uint8Array; name: string }[],
  engine: ExtractOptions = {},
): StoredReport[] {
  return readAndExtract(files, { engine }).map((r) => (r.ok ? r.record : errorRecord(r.name, r.reason)));
}

type Unkeyed = FileResult extends infer R ? (R extends unknown ? Omit<R, "key"> : never) : never;

type Read = { ok: true; text: string; format: ReportFormat } | { ok: false; reason: string; timedOut?: true };

/** What a reader's throw means for its file: its time limit ran out, or the file could not be read. */
function readFailure(e: unknown, name: string, limit: number): Read {
  if (e instanceof TimeLimitExceeded) return { ...fail(name, timeLimitText(limit)), timedOut: true };
  return fail(name, `读取时出错：${message(e)}`);
}

/** The engine's record, or what it threw. */
function tryExtract(run: () => StoredReport): StoredReport | Error {
  try {
    return run();
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
}

/** A file read: its record, or why the engine failed on it. */
const resultOf = (
  name: string,
  read: { text: string; format: ReportFormat },
  record: StoredReport | Error,
): Unkeyed =>
  record instanceof Error
    ? { name, ...fail(name, `提取时出错：${record.message}`) }
    : { name, ok: true, record, format: read.format };

/**
 * The read and the engine of extractTextFiles (and of extractFile for all but PDF): each file read
 * alone, the texts extracted together.
 */
function readAndExtract(
  files: readonly { bytes: Uint8Array; name: string }[],
  options: ExtractFileOptions,
): Unkeyed[] {
  const limit = options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
  const reads: Read[] = files.map(({ bytes, name }) => {
    try {
      return readReportFileSync(bytes, name, { deadline: Date.now() + limit });
    } catch (e) {
      return readFailure(e, name, limit);
    }
  });
  const inputs = reads.flatMap((r, i) =>
    r.ok ? [{ rawText: r.text, fileName: (files[i] as { name: string }).name }] : [],
  );
  let records: (StoredReport | Error)[];
  try {
    records = extractReports(inputs, options.engine);
  } catch {
    // One text broke the batch: each alone, so the error names its own file.
    records = inputs.map(({ rawText, fileName }) =>
      tryExtract(() => extractReport(rawText, fileName, options.engine)),
    );
  }
  let next = 0;
  return reads.map((read, i): Unkeyed => {
    const name = (files[i] as { name: string }).name;
    return read.ok ? resultOf(name, read, records[next++] as StoredReport | Error) : { name, ...read };
  });
}

export interface ExtractEachOptions extends ExtractFileOptions {
  /** Entries of an archive to pass over (already answered before a restart). */
  skip?: number;
  /** Hears how many files this input holds (1, or a .zip's entries), before the first starts. */
  onCount?: (count: number) => void;
  /**
   * Hears each file as it starts, with its key (so a caller that must stop it can still name it);
   * null for an input that is not an archive: its key is that of the input's own bytes, which the
   * caller has (computed while the file is read, not before).
   */
  onStart?: (file: string, key: ImportKey | null, index: number) => void;
}

/**
 * One input → the results of the files it holds: itself, or each entry of a .zip ("a.zip/dir/x.docx"),
 * one at a time, so a large archive never sits inflated in memory. Never throws.
 */
export async function* extractEach(
  bytes: Uint8Array,
  fileName: string,
  options: ExtractEachOptions = {},
): AsyncGenerator<FileResult> {
  const { onCount, onStart, skip = 0 } = options;
  if (!isArchive(bytes, fileName)) {
    onCount?.(1);
    if (skip > 0) return;
    onStart?.(fileName, null, 0);
    yield await extractFile(bytes, fileName, options);
    return;
  }
  const listed = archiveEntries(bytes, fileName);
  if (!listed.ok) {
    onCount?.(1);
    if (skip === 0) yield { name: fileName, key: await importKey(bytes), ...listed };
    return;
  }
  onCount?.(listed.entries.length);
  for (const [index, entry] of listed.entries.entries()) {
    if (index < skip) continue;
    const limit = options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
    let read;
    try {
      read = entry.read(Date.now() + limit);
    } catch {
      read = fail(entry.name, timeLimitText(limit));
    }
    if (!read.ok) {
      // An entry that could not be inflated has no bytes to hash: the archive's key and its index.
      const key = `${await importKey(bytes)}/${index}`;
      onStart?.(entry.name, key, index);
      yield { name: entry.name, key, ...read };
      continue;
    }
    const key = importKey(read.bytes);
    onStart?.(entry.name, await key, index);
    yield await extractFile(read.bytes, entry.name, options, key);
  }
}

/** extractFile without PDF support or key, one file, synchronous: for the profiling scripts and tests. */
export function extractFileSync(
  bytes: Uint8Array,
  fileName: string,
  engine: ExtractOptions = {},
): StoredReport {
  const read = readReportFileSync(bytes, fileName);
  return read.ok ? extractReport(read.text, fileName, engine) : errorRecord(fileName, read.reason);
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

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

export function recordOf(result: FileResult): StoredReport {
  return result.ok ? result.record : errorRecord(result.name, result.reason);
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
