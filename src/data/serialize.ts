// Writing data sets: a fixed key order and no timestamps, so the same reports always give the same
// bytes (the bundled JSON is committed and diffed; a test regenerates it and compares).
import type { Division, Evidence, Observation, ReportRecord, Shortcoming, StoredReport } from "../domain";
import { SCHEMA_VERSION, type Dataset, type DatasetFile } from "./types";

/** The contract record (CONTRACT.md §1) of a stored report: every field but the long `text`. */
export function toContractRecord(r: ReportRecord): ReportRecord {
  const out: ReportRecord = {
    id: r.id,
    file: r.file,
    township: r.township,
    county: r.county,
    year: r.year,
    indicators: r.indicators.map(canonicalObservation),
    shortcomings: r.shortcomings.map(canonicalShortcoming),
    missing: [...r.missing],
  };
  if (r.division !== undefined) out.division = canonicalDivision(r.division);
  if (r.error !== undefined) out.error = r.error;
  return out;
}

/** A stored report with its keys in contract order and the text last (it is by far the longest). */
export function canonicalReport(r: StoredReport): StoredReport {
  return { ...toContractRecord(r), text: r.text };
}

export function toDatasetFile(d: Dataset): DatasetFile {
  return {
    schemaVersion: SCHEMA_VERSION,
    dataset: d.id,
    label: d.label,
    fictional: d.fictional,
    reports: d.reports.map(canonicalReport),
  };
}

/** The JSON text of a data set file: two-space indented, one trailing newline. */
export function serializeDataset(d: Dataset): string {
  return `${JSON.stringify(toDatasetFile(d), null, 2)}\n`;
}

function canonicalObservation(o: Observation): Observation {
  const out: Observation = {
    id: o.id,
    value: o.value,
    unit: o.unit,
    approx: o.approx,
    basis: o.basis,
    rule: o.rule,
    evidence: canonicalEvidence(o.evidence),
  };
  if (o.sources !== undefined) out.sources = o.sources.map(canonicalEvidence);
  if (o.derivation !== undefined) out.derivation = o.derivation;
  return out;
}

function canonicalDivision(d: Division): Division {
  const { code, township, county, countyCode, city, province, basis } = d;
  return { code, township, county, countyCode, city, province, basis };
}

function canonicalEvidence(e: Evidence): Evidence {
  return { start: e.start, end: e.end, text: e.text };
}

function canonicalShortcoming(s: Shortcoming): Shortcoming {
  return { category: s.category, text: s.text, start: s.start, end: s.end };
}
