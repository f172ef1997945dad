// A click on a chart mark → what the evidence panel should open. No report → say so for that
// township and year; a report → the figure (or the whole report when no indicator is meant).
import type { ClickRef } from "../charts";
import type { EvidenceTarget } from "../store";

export function refToEvidence(ref: ClickRef): EvidenceTarget {
  if (ref.reportId === null) return { kind: "no_report", township: ref.township, year: ref.year };
  if (ref.indicator) return { kind: "figure", reportId: ref.reportId, indicator: ref.indicator };
  if (ref.keys) return { kind: "keys", reportId: ref.reportId };
  return { kind: "report", reportId: ref.reportId };
}
