// The engine's configuration: which parsers propose candidates and, in order, which refiners
// settle them. Each entry says why it is there. Add a rule by adding a parser (or a CueRuleSpec
// inside one) here; add a decision by adding a refiner at the point in the order where it holds.
import {
  disputesParser,
  governanceParser,
  legalAdvisorParser,
  publicityParser,
  servicesParser,
  villagesParser,
} from "./parsers";
import {
  coverageFromCounts,
  dropBreakdowns,
  dropOtherYears,
  dropPlanSections,
  dropStandingRules,
  dropSubScope,
  linkAllResolved,
  overlapRemoval,
  pickOne,
  plausibility,
  preferYearTotal,
  ratioFromCounts,
  resolvedFromRate,
  scopeOfParts,
  sumParts,
} from "./refiners";
import type { EngineObserver, Parser, Refiner } from "./types";

export interface Configuration {
  parsers: readonly Parser[];
  refiners: readonly Refiner[];
  /** Optional: told what every parser proposed and what every refiner kept (see --explain). */
  observer?: EngineObserver;
}

export const PARSERS: readonly Parser[] = [
  legalAdvisorParser, // coverage rate, or 全覆盖 read as 100%
  villagesParser, // 全镇N个村（社区）, 5村1居
  disputesParser, // handled, resolved, success rate, 已全部化解
  publicityParser, // events, materials, audience
  servicesParser, // consultations, legal aid, 法律明白人
  governanceParser, // training, enforcement staff, petitions, administrative lawsuits
];

export const REFINERS: readonly Refiner[] = [
  plausibility,
  dropPlanSections,
  dropStandingRules,
  dropOtherYears,
  overlapRemoval,
  dropSubScope,
  dropBreakdowns,
  linkAllResolved,
  scopeOfParts,
  preferYearTotal,
  sumParts,
  pickOne,
  resolvedFromRate,
  ratioFromCounts,
  coverageFromCounts,
];

/** Why each refiner is where it is in the order; --explain prints these beside its decisions. */
export const REFINER_REASONS: Readonly<Record<string, string>> = {
  plausibility: "first: a rate over 100% or a phone-number-sized count is no figure at all",
  dropPlanSections: "next year's plans and suggestions are intentions, not results",
  dropStandingRules: "每月一次 / 不少于4次 describe rules, not what was done",
  dropOtherYears: "another year's figure, or a comparison with it, is not this year's",
  overlapRemoval: "one quantity means one indicator: the nearest cue keeps it",
  dropSubScope: "the legal advisor's own events duplicate the township's; elsewhere a fallback",
  dropBreakdowns: "其中/包括 parts of a figure already counted",
  linkAllResolved: "已全部化解 takes the handled count (before totals collapse the handled list)",
  scopeOfParts: "全年 before a named part, or heading a list, marks the parts, not a total",
  preferYearTotal: "the year total wins over its parts",
  sumParts: "only parts: their sum, derived (the catalogue's combine: sum, or one per body)",
  pickOne:
    "one observation per indicator: the township's own over a sub-unit's, stated over derived, the stronger year-total mark, the larger figure, the earlier",
  resolvedFromRate: "a rate below 100% after an exact handled count: resolved only when one count fits",
  ratioFromCounts: "a rate from the two winning counts when none is stated",
  coverageFromCounts: "villages with an advisor ÷ all villages, when no coverage is stated",
};

export const DEFAULT_CONFIGURATION: Configuration = { parsers: PARSERS, refiners: REFINERS };
