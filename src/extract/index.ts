// The extraction engine's only entrance. Pure: no DOM, no Node; the CLI and the Worker share it.
import type { StoredReport } from "../domain";

/**
 * Turns one report's raw text (already decoded to a string) into a record whose offsets point
 * into `record.text`, the normalised text.
 */
export function extractReport(rawText: string, fileName: string): StoredReport {
  // Placeholder until the engine lands (issue 2): metadata-free, indicator-free record.
  const text = rawText.replace(/\r\n?/g, "\n");
  return {
    id: fileName,
    file: fileName,
    township: "",
    county: null,
    year: null,
    indicators: [],
    shortcomings: [],
    missing: ["legal_advisor_coverage_pct", "disputes_handled", "dispute_resolution_pct", "publicity_events"],
    text,
  };
}
