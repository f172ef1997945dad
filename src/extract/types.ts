// Internal vocabulary of the engine: what parsers propose and what refiners settle.
import type { Approx, Basis, Evidence, IndicatorId } from "../domain";
import type { Quantity } from "./normalize";
import type { Sections } from "./sections";

/** A figure a parser proposes. Refiners drop, merge or derive candidates; one per id survives. */
export interface Candidate {
  id: IndicatorId;
  value: number;
  unit: string;
  approx: Approx;
  basis: Basis;
  /** Rule id, e.g. "disputes.mediated-count". */
  rule: string;
  /** Evidence span in the normalised text. */
  start: number;
  end: number;
  /** The number+unit token the figure came from; absent for phrases such as 全覆盖 / 未涉及. */
  quantity?: Quantity;
  /** Where the cue nearest to the number ends: the shorter the gap, the more specific the claim. */
  cueEnd: number;
  /** How strongly the sentence marks a year total: 0 none, 1 (全年 | 共/累计), 2 (both). */
  total: number;
  /** A named sub-type of the indicator (送法进校园): never a year total, summed when alone. */
  part: boolean;
  /** Said of a sub-unit (the legal advisor); used only when nothing else is stated. */
  weak: boolean;
  /** Said of someone acting for the township (法律顾问…): see refiners/dropSubScope. */
  advisorScope: boolean;
  /**
   * A figure still waiting for another: 已全部化解 (resolved = handled), or the number of villages
   * with an advisor (coverage = that ÷ villages_total). Refiners fill these in or drop them.
   */
  pending?: "equals-handled" | "share-of-villages";
  sources?: Evidence[];
  derivation?: string;
}

/** Everything a parser or refiner may read about one report. Built once per report. */
export interface Context {
  text: string;
  year: number | null;
  quantities: readonly Quantity[];
  sections: Sections;
  /** Where the sentence holding `pos` starts (after 。；！？ or a line break); at most 300 back. */
  sentenceStart(pos: number): number;
  /** Where the clause holding `pos` starts (after ，： as well); at most 150 back. */
  clauseStart(pos: number): number;
  /** Where the sentence holding `pos` ends (exclusive); at most 300 ahead. */
  sentenceEnd(pos: number): number;
}

export interface Parser {
  name: string;
  parse(ctx: Context): Candidate[];
}

export interface Refiner {
  name: string;
  refine(candidates: Candidate[], ctx: Context): Candidate[];
}

/**
 * Watches one run of the engine: what each parser proposed, and each refiner's input and output
 * (the same objects when kept unchanged). `--explain` and refiner tests use it; it decides nothing.
 */
export interface EngineObserver {
  proposed?(parser: string, candidates: readonly Candidate[], ctx: Context): void;
  refined?(refiner: string, before: readonly Candidate[], after: readonly Candidate[], ctx: Context): void;
}
