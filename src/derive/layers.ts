// The one place where report layers join into what every view reads: the bundled data set plus
// reports imported in the browser (an import with the same id replaces the bundled record). The
// workspace's corrections are applied before this (derive/corrections, workspace/source), and a
// report kept as the alternative to another of the same township and year is marked there;
// `alternativesOf` tells the table which rows those are and which primary each stands beside.
import type { ReportRecord } from "../domain";
import { townshipKey } from "./townships";

export function joinLayers(
  bundled: readonly ReportRecord[],
  imported: readonly ReportRecord[],
): ReportRecord[] {
  if (imported.length === 0) return bundled as ReportRecord[];
  const byId = new Map(bundled.map((r) => [r.id, r]));
  for (const r of imported) byId.set(r.id, r);
  return [...byId.values()];
}

/** A record kept as the alternative to another report of the same township and year (另有一份). */
export const isAlternative = (r: ReportRecord): boolean => (r as { alternative?: true }).alternative === true;

/** The slot two reports compete for: one township (by key) in one year. */
const slotOf = (r: ReportRecord): string => `${townshipKey(r)}|${r.year ?? "?"}`;

export interface Alternatives {
  /** The alternatives (备选), in data-set order: rows of their own in the 数据表, left out of charts. */
  rows: ReportRecord[];
  /** Primary report id → the ids of its alternatives (a primary here is marked 另有一份). */
  ofPrimary: Map<string, string[]>;
  /** Alternative report id → the id of the primary it stands beside (null if none is left). */
  primaryOf: Map<string, string | null>;
}

/**
 * Which reports are kept as alternatives (a second report for one township and year, 保留两份) and
 * which primary each stands beside. Pure; the table reads it through `selectAlternatives`.
 */
export function alternativesOf(reports: readonly ReportRecord[]): Alternatives {
  const primaryAt = new Map<string, string>();
  for (const r of reports) if (!isAlternative(r)) primaryAt.set(slotOf(r), r.id);
  const rows: ReportRecord[] = [];
  const ofPrimary = new Map<string, string[]>();
  const primaryOf = new Map<string, string | null>();
  for (const r of reports) {
    if (!isAlternative(r)) continue;
    rows.push(r);
    const p = primaryAt.get(slotOf(r)) ?? null;
    primaryOf.set(r.id, p);
    if (p !== null) ofPrimary.set(p, [...(ofPrimary.get(p) ?? []), r.id]);
  }
  return { rows, ofPrimary, primaryOf };
}
