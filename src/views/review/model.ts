// Pure pieces of 校对: which figures a report lists (the engine's, the person's additions and the
// rejected ones, in catalogue order), the order of the report list, and a first guess at the number
// in a passage the person selected.
import { INDICATOR_IDS, type Observation, type ReportRecord, type StoredReport } from "../../domain";
import { compareZh, type ReviewedRecord } from "../../derive";

/** A workspace record as the dashboard store holds it: reviewed, with its text. */
export type ReviewRecord = StoredReport & ReviewedRecord;

export function isReviewRecord(r: ReportRecord): r is ReviewRecord {
  return typeof (r as Partial<ReviewRecord>).importKey === "string";
}

const order = new Map(INDICATOR_IDS.map((id, i) => [id, i]));

/** Every figure of a report that review shows, rejected ones included, in catalogue order. */
export function figuresOf(r: ReviewRecord): Observation[] {
  return [...r.indicators, ...(r.rejected ?? [])].sort(
    (a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0),
  );
}

/** The first number written in Arabic digits in a passage ("调处纠纷70余起" → 70), else null. */
export function firstNumber(text: string): number | null {
  const m = /\d+(?:\.\d+)?/.exec(text.replace(/[,，](?=\d{3})/g, ""));
  return m ? Number(m[0]) : null;
}

/** A report's label in the list: township · year, or the file when the engine read neither. */
export function reportLabel(r: ReviewRecord): string {
  const name = r.township || r.file;
  return r.year === null ? name : `${name} · ${r.year}年`;
}

const byName = (a: string | null, b: string | null) =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : compareZh(a, b);

/**
 * The report list's order: reports the engine could not place (no township or no year) first, as
 * they need a person most; then by county, township and year, as a bureau files them. Stable, so
 * reports alike stay in import order.
 */
export function reviewOrder<T extends Pick<ReportRecord, "township" | "county" | "year">>(
  records: readonly T[],
): T[] {
  const placed = (r: T) => (r.township !== null && r.year !== null ? 1 : 0);
  return [...records].sort(
    (a, b) =>
      placed(a) - placed(b) ||
      byName(a.county, b.county) ||
      byName(a.township, b.township) ||
      (a.year ?? 0) - (b.year ?? 0),
  );
}
