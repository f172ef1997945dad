// The workspace's shapes: what a person brought in (imported reports, keyed by the bytes of their
// file) and what a person changed (corrections, a layer of their own). The engine's record is kept
// as the engine wrote it; corrections are applied on top by pure functions (src/derive/corrections),
// so re-extracting with a newer engine never overwrites a person's work.
import type { Approx, Evidence, IndicatorId, ReportRecord, ShortcomingCategory } from "../domain";

/** Version of the workspace's stored and exported shape. A newer one is refused with a clear message. */
export const WORKSPACE_VERSION = 1;

/**
 * A stable import key: "sha256:" + the hex SHA-256 of the file's bytes. Unlike the contract `id`
 * (year-county-township, which changes when the engine or a person reads those differently), it
 * never changes, so corrections hang on it.
 */
export type ImportKey = string;

export interface ImportedReport {
  key: ImportKey;
  /** File name as given (inside a .zip: "archive.zip/inner/name.docx"). */
  file: string;
  /** ISO time of import. */
  importedAt: string;
  /** Version of the engine that produced `record` (re-extraction compares it). */
  engineVersion: string;
  /** The engine's record, contract-shaped, without corrections. Its `id` may change on re-extraction. */
  record: ReportRecord;
  /** The normalised text the record's offsets point into ("" for an error record). */
  text: string;
  /**
   * For two reports of one township and year kept side by side: false marks the alternative
   * (shown in review and the table, left out of charts, ranking, completeness). Absent = primary.
   */
  primary?: boolean;
}

/** Who did what, when. `by` is the name the user gave once; `at` an ISO time. */
export interface Stamp {
  /** Unique id of this correction (undo removes it by id). */
  id: string;
  at: string;
  by: string;
}

/** A figure: confirm the engine's value, set another value, reject it, or add one the engine missed. */
export interface FigureCorrection extends Stamp {
  kind: "figure";
  key: ImportKey;
  indicator: IndicatorId;
  action: "confirm" | "set" | "reject" | "add";
  /** For "set" and "add". */
  value?: number;
  unit?: string;
  approx?: Approx;
  /**
   * For "add" (the text the user selected) and "set" when the user moved it; otherwise the engine's
   * evidence at the time of the correction, kept so a correction whose text vanished can be flagged.
   */
  evidence?: Evidence;
}

/** township / county / year as the person reads them (null clears). */
export interface MetaCorrection extends Stamp {
  kind: "meta";
  key: ImportKey;
  field: "township" | "county" | "year";
  value: string | number | null;
}

/** A shortcoming item, found by its text (not its position in the list). */
export interface ShortcomingCorrection extends Stamp {
  kind: "shortcoming";
  key: ImportKey;
  action: "set_category" | "remove" | "add";
  /** The item's text and span as the person saw it. */
  item: { text: string; start: number; end: number };
  category?: ShortcomingCategory;
}

export type Correction = FigureCorrection | MetaCorrection | ShortcomingCorrection;

/** What a person did to a figure, as every view, tooltip and export shows it. */
export type ReviewState = "confirmed" | "corrected" | "rejected" | "added";

/** The one exported / imported workspace file (导出工作区 / 导入工作区). Round-trips exactly. */
export interface WorkspaceFile {
  format: "township-rule-of-law-workspace";
  version: typeof WORKSPACE_VERSION;
  exportedAt: string;
  /** The county the workspace is about (its 6-digit code and name), and its edited roster. */
  county: { code: string | null; name: string } | null;
  roster: RosterEntry[] | null;
  reports: ImportedReport[];
  corrections: Correction[];
  /** The reviewer's name, as given once. */
  reviewer: string | null;
}

/** One township the county expects a report from (from the national list, editable). */
export interface RosterEntry {
  /** 9-digit division code when the township is in the national list; null for one the user added. */
  code: string | null;
  name: string;
  /** The user's edit: a township renamed or merged since the list was published. */
  note?: string;
  /** Township names in reports the user matched to this entry by hand (a report's older name). */
  aliases?: string[];
}
