// Small helpers shared by refiners.
import type { IndicatorId } from "../../domain";
import { append } from "../arrays";
import type { Candidate } from "../types";

export function groupById(candidates: readonly Candidate[]): Map<IndicatorId, Candidate[]> {
  const groups = new Map<IndicatorId, Candidate[]>();
  for (const c of candidates) {
    const g = groups.get(c.id);
    if (g) g.push(c);
    else groups.set(c.id, [c]);
  }
  return groups;
}

/** Applies `fn` to each indicator's candidates and flattens the result, keeping text order. */
export function perIndicator(
  candidates: readonly Candidate[],
  fn: (group: Candidate[], id: IndicatorId) => Candidate[],
): Candidate[] {
  const out: Candidate[] = [];
  for (const [id, group] of groupById(candidates)) append(out, fn(group, id));
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Where a candidate's number (or phrase) starts: what context checks look before. */
export function anchorOf(c: Candidate): number {
  return c.quantity ? c.quantity.qualifierStart : c.start;
}
