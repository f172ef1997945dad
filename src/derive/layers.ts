// The one place where report layers join into what every view reads. Today: the bundled data set
// plus reports imported in the browser (an import with the same id replaces the bundled record).
// Review comes next: a person's corrections will be a third layer applied here, keyed by report id
// and indicator, so neither the bundled data set nor the views change shape.
import type { ReportRecord } from "../domain";

export function joinLayers(
  bundled: readonly ReportRecord[],
  imported: readonly ReportRecord[],
): ReportRecord[] {
  if (imported.length === 0) return bundled as ReportRecord[];
  const byId = new Map(bundled.map((r) => [r.id, r]));
  for (const r of imported) byId.set(r.id, r);
  return [...byId.values()];
}
