// Joining data sets. Reports are keyed by their contract id (year-county-township), so a report a
// person imports replaces the bundled one for the same township and year instead of doubling it,
// and per-report corrections can later be applied by the same key.
import type { StoredReport } from "../domain";
import type { Dataset } from "./types";

/**
 * Reports of `base` with `overlay` laid over them: a report whose id is already present replaces it
 * in place; a new one is appended. Order is otherwise kept, so merging is deterministic.
 */
export function mergeReports(base: readonly StoredReport[], overlay: readonly StoredReport[]): StoredReport[] {
  const out = [...base];
  const at = new Map(out.map((r, i) => [r.id, i]));
  for (const r of overlay) {
    const i = at.get(r.id);
    if (i === undefined) {
      at.set(r.id, out.length);
      out.push(r);
    } else {
      out[i] = r;
    }
  }
  return out;
}

/** A merged data set. If either side is invented, the whole is marked fictional: never mix silently. */
export function mergeDatasets(base: Dataset, overlay: Dataset, label = base.label): Dataset {
  return {
    id: base.id === overlay.id ? base.id : `${base.id}+${overlay.id}`,
    label,
    fictional: base.fictional || overlay.fictional,
    reports: mergeReports(base.reports, overlay.reports),
  };
}
