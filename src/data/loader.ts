// The loader interface (agreed between import, review and scale; /work/coord/LOADER.md): a data set
// arrives as records WITHOUT report texts, plus a text store reached only by the evidence panel and
// review. Records are data (JSON fetched from the app's own origin, or read from IndexedDB), never
// JavaScript modules; texts are fetched or read on demand.
import type { ReportRecord, StoredReport } from "../domain";
import type { RecordIndex } from "./indexing";

/** Report texts, kept apart from records: reached only by the evidence panel and review. */
export interface TextStore {
  /** The normalised text the record's offsets point into; null when the store has none for it. */
  get(reportId: string): Promise<string | null>;
}

export interface LoadedDataset {
  id: string;
  label: string;
  fictional: boolean;
  /** Records without text (may carry app-only optional fields, e.g. review marks, importKey). */
  reports: ReportRecord[];
  texts: TextStore;
  /** Records left out while loading, one message each (src/data/names.ts); absent when none. */
  rejected?: string[];
  /**
   * The records indexed where they were parsed (the records worker: ./indexing). Absent for sources
   * that do not index (the store then indexes once, on first use, and memoises it).
   */
  index?: RecordIndex;
}

export interface DatasetSource {
  id: string;
  label: string;
  fictional: boolean;
  load(signal?: AbortSignal): Promise<LoadedDataset>;
}

/** A text store over texts already in memory (tests, the offline file, imports of this session). */
export function mapTextStore(texts: ReadonlyMap<string, string>): TextStore {
  return { get: (id) => Promise.resolve(texts.get(id) ?? null) };
}

/**
 * Adapter from the older shape (records carrying `text`): the records without their text, and a
 * text store over the texts. Lets code written against StoredReport feed the loader unchanged.
 */
export function splitTexts(reports: readonly StoredReport[]): { reports: ReportRecord[]; texts: TextStore } {
  const texts = new Map<string, string>();
  const records = reports.map(({ text, ...record }) => {
    texts.set(record.id, text);
    return record;
  });
  return { reports: records, texts: mapTextStore(texts) };
}
