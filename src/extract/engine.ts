// The pipeline: normalise → metadata → context → parsers propose → refiners decide → record.
import {
  INDICATOR_IDS,
  KEY_INDICATOR_IDS,
  type DivisionLookup,
  type Observation,
  type StoredReport,
} from "../domain";
import { append } from "./arrays";
import { DEFAULT_CONFIGURATION, type Configuration } from "./configuration";
import { buildContext } from "./context";
import { normalizeText } from "./normalize";
import { parseReportMeta, parseShortcomings } from "./parsers";
import type { Candidate } from "./types";

function toObservation(c: Candidate, text: string): Observation {
  const obs: Observation = {
    id: c.id,
    value: c.value,
    unit: c.unit,
    approx: c.approx,
    basis: c.basis,
    rule: c.rule,
    evidence: { start: c.start, end: c.end, text: text.slice(c.start, c.end) },
  };
  if (c.sources) obs.sources = c.sources;
  if (c.derivation) obs.derivation = c.derivation;
  return obs;
}

/** A stable id from what the report says: year-county-township, skipping unknown parts. */
export function reportId(
  year: number | null,
  county: string | null,
  township: string | null,
  fileName: string,
): string {
  const parts = [year === null ? "" : String(year), county ?? "", township].filter(Boolean);
  if (!township) parts.push(fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, ""));
  return parts.join("-");
}

/** What the engine takes besides the text: the national division list (src/geo implements it). */
export interface ExtractOptions {
  divisions?: DivisionLookup;
}

export function runEngine(
  rawText: string,
  fileName: string,
  config: Configuration = DEFAULT_CONFIGURATION,
  options: ExtractOptions = {},
): StoredReport {
  const { text, chrome } = normalizeText(rawText);
  const meta = parseReportMeta(text, chrome, options.divisions);
  const ctx = buildContext(text, meta.year);

  // The observer (--explain, refiner tests) sees what each parser proposed and each refiner kept.
  const watch = config.observer;
  let candidates: Candidate[] = [];
  for (const parser of config.parsers) {
    const proposed = parser.parse(ctx);
    watch?.proposed?.(parser.name, proposed, ctx);
    append(candidates, proposed);
  }
  candidates.sort((a, b) => a.start - b.start || a.end - b.end);
  for (const refiner of config.refiners) {
    const before = candidates;
    candidates = refiner.refine(candidates, ctx);
    watch?.refined?.(refiner.name, before, candidates, ctx);
  }

  // At most one observation per id, in catalogue order; pending phrases never leave the engine.
  const byId = new Map<string, Candidate>();
  for (const c of candidates) if (!c.pending && !byId.has(c.id)) byId.set(c.id, c);
  const indicators: Observation[] = [];
  for (const id of INDICATOR_IDS) {
    const c = byId.get(id);
    if (c) indicators.push(toObservation(c, text));
  }
  const record: StoredReport = {
    id: reportId(meta.year, meta.county, meta.township, fileName),
    file: fileName,
    township: meta.township,
    county: meta.county,
    year: meta.year,
    indicators,
    shortcomings: parseShortcomings(ctx),
    missing: KEY_INDICATOR_IDS.filter((id) => !byId.has(id)),
    text,
  };
  if (meta.division) record.division = meta.division;
  return record;
}
