// The extraction engine's only entrance. Pure: no DOM, no Node; the CLI and the Worker share it.
import type { StoredReport } from "../domain";
import { DEFAULT_CONFIGURATION } from "./configuration";
import { runEngine, runEngines, type EngineInput, type ExtractOptions } from "./engine";

/**
 * Turns one report's raw text (already decoded to a string) into a record whose offsets point
 * into `record.text`, the normalised text. With `divisions` (the national list, src/geo) the
 * township and county are checked against it and the record gets its `division` (CONTRACT §1a).
 */
export function extractReport(rawText: string, fileName: string, options: ExtractOptions = {}): StoredReport {
  return runEngine(rawText, fileName, DEFAULT_CONFIGURATION, options);
}

/**
 * Several reports at once: the same records as extractReport on each, in order, for less CPU
 * time per report (each stage of the pipeline runs over all of them before the next).
 */
export function extractReports(inputs: readonly EngineInput[], options: ExtractOptions = {}): StoredReport[] {
  return runEngines(inputs, DEFAULT_CONFIGURATION, options);
}

// For the UI and tests: the number grammar, normalisation and the pieces of the pipeline.
export { runEngine, runEngines, reportId, type EngineInput, type ExtractOptions } from "./engine";
export {
  DEFAULT_CONFIGURATION,
  PARSERS,
  REFINERS,
  REFINER_REASONS,
  type Configuration,
} from "./configuration";
export {
  normalizeText,
  parseChineseNumber,
  parseNumber,
  tokenizeQuantities,
  isYearGluedCount,
  isChromeLine,
  hardWrapWidth,
  type NormalizedText,
  type Quantity,
} from "./normalize";
export {
  parseReportMeta,
  hintsFromFileName,
  splitAdminChain,
  isCountyName,
  countyOf,
  parseShortcomings,
  classifyShortcoming,
  classifyItem,
  categoriesOfItem,
  type ReportMeta,
  type FileNameHints,
} from "./parsers";
export { lastYearMention, roundRate } from "./refiners";
export { parseSections, parseHeadings, type Sections, type Heading, type Range } from "./sections";
export { totalStrength } from "./marks";
export type { Candidate, Context, EngineObserver, Parser, Refiner } from "./types";
