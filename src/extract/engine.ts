// The pipeline: normalise → metadata → context → parsers propose → refiners decide → record.
// runEngines takes several reports through it stage by stage; runEngine is that for one.
import {
  INDICATOR_IDS,
  KEY_INDICATOR_IDS,
  type DivisionLookup,
  type Observation,
  type Shortcoming,
  type StoredReport,
} from "../domain";
import { append } from "./arrays";
import { DEFAULT_CONFIGURATION, type Configuration } from "./configuration";
import { buildContext } from "./context";
import { normalizeText, type NormalizedText } from "./normalize";
import { parseReportMeta, parseShortcomings, type ReportMeta } from "./parsers";
import type { Candidate, Context } from "./types";

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
  return runEngines([{ rawText, fileName }], config, options)[0] as StoredReport;
}

/** One report for runEngines: its raw text and file name. */
export interface EngineInput {
  rawText: string;
  fileName: string;
}

/**
 * Several reports, each stage over all of them before the next (normalise all, then metadata,
 * contexts, each parser, each refiner, shortcomings): the same records as one runEngine each, in
 * less CPU time per report, as each stage's code and patterns are used while still warm.
 */
export function runEngines(
  inputs: readonly EngineInput[],
  config: Configuration = DEFAULT_CONFIGURATION,
  options: ExtractOptions = {},
): StoredReport[] {
  const normalized = inputs.map(({ rawText }) => normalizeText(rawText));
  const metas = normalized.map(({ text, chrome }) => parseReportMeta(text, chrome, options.divisions));
  const contexts = normalized.map(({ text }, i) => buildContext(text, (metas[i] as ReportMeta).year));

  // The observer (--explain, refiner tests) sees what each parser proposed and each refiner kept.
  const watch = config.observer;
  let candidates: Candidate[][] = contexts.map(() => []);
  for (const parser of config.parsers)
    contexts.forEach((ctx, i) => {
      const proposed = parser.parse(ctx);
      watch?.proposed?.(parser.name, proposed, ctx);
      append(candidates[i] as Candidate[], proposed);
    });
  for (const list of candidates) list.sort((a, b) => a.start - b.start || a.end - b.end);
  for (const refiner of config.refiners)
    candidates = candidates.map((before, i) => {
      const ctx = contexts[i] as Context;
      const after = refiner.refine(before, ctx);
      watch?.refined?.(refiner.name, before, after, ctx);
      return after;
    });
  const shortcomings = contexts.map((ctx) => parseShortcomings(ctx));
  return inputs.map(({ fileName }, i) =>
    toRecord(
      fileName,
      (normalized[i] as NormalizedText).text,
      metas[i] as ReportMeta,
      candidates[i] as Candidate[],
      shortcomings[i] as Shortcoming[],
    ),
  );
}

function toRecord(
  fileName: string,
  text: string,
  meta: ReportMeta,
  candidates: readonly Candidate[],
  shortcomings: Shortcoming[],
): StoredReport {
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
    shortcomings,
    missing: KEY_INDICATOR_IDS.filter((id) => !byId.has(id)),
    text,
  };
  if (meta.division) record.division = meta.division;
  return record;
}
