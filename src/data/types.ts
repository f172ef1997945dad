// A data set: the reports one source contributed (the bundled samples, the fictional demo county,
// files a person imported). Everything the app shows comes from one or a merge of several; keying
// reports by their contract id is what lets imports and corrections join later without reshaping.
import type { ReportRecord, StoredReport } from "../domain";

/** The file format version this code writes and reads. Bump it when the shape changes. */
export const SCHEMA_VERSION = 1;

export interface Dataset {
  /** Short stable id: "samples", "demo", "imported". */
  id: string;
  /** What the UI calls it. */
  label: string;
  /** Invented data (the demo county): the UI must say so wherever it shows it. */
  fictional: boolean;
  reports: StoredReport[];
  /** Why records were left out while loading (src/data/names.ts), one message each; absent when none. */
  rejected?: string[];
}

/** The JSON file on disk and in the bundle (data/extracted/reports.json). */
export interface DatasetFile {
  schemaVersion: typeof SCHEMA_VERSION;
  dataset: string;
  label: string;
  fictional: boolean;
  reports: StoredReport[];
}

export type DatasetResult = { ok: true; data: Dataset } | { ok: false; reason: string };

/** A records file (texts apart), as the loader's worker checks it. */
export type RecordsResult =
  | {
      ok: true;
      data: { id: string; label: string; fictional: boolean; reports: ReportRecord[]; rejected?: string[] };
    }
  | { ok: false; reason: string };
