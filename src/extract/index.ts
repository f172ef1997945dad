// The extraction engine's only entrance. Pure: no DOM, no Node; the CLI and the Worker share it.
import type { StoredReport } from "../domain";
import { runEngine } from "./engine";

/**
 * Turns one report's raw text (already decoded to a string) into a record whose offsets point
 * into `record.text`, the normalised text.
 */
export function extractReport(rawText: string, fileName: string): StoredReport {
  return runEngine(rawText, fileName);
}

// For the UI and tests: the number grammar, normalisation and the pieces of the pipeline.
export { runEngine, reportId } from "./engine";
export { DEFAULT_CONFIGURATION, PARSERS, REFINERS, type Configuration } from "./configuration";
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
  splitAdminChain,
  isCountyName,
  countyOf,
  parseSections,
  parseShortcomings,
  classifyShortcoming,
  classifyItem,
  totalStrength,
  type ReportMeta,
} from "./parsers";
export { lastYearMention, roundRate } from "./refiners";
export type { Candidate, Context, EngineObserver, Parser, Refiner } from "./types";
