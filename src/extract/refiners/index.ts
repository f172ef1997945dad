// Refiners: each settles one kind of conflict between candidates. Order: configuration.ts.
export { plausibility } from "./plausibility";
export { dropPlanSections } from "./dropPlanSections";
export { dropStandingRules, STANDING_RULE } from "./dropStandingRules";
export { dropOtherYears, lastYearMention } from "./dropOtherYears";
export { overlapRemoval } from "./overlapRemoval";
export { dropSubScope } from "./dropSubScope";
export { dropBreakdowns } from "./dropBreakdowns";
export { linkAllResolved } from "./linkAllResolved";
export { scopeOfParts } from "./scopeOfParts";
export { preferYearTotal } from "./preferYearTotal";
export { sumParts } from "./sumParts";
export { pickOne } from "./pickOne";
export { resolvedFromRate, uniqueCountForRate, ratePrecision } from "./resolvedFromRate";
export { ratioFromCounts, roundRate } from "./ratioFromCounts";
export { coverageFromCounts } from "./coverageFromCounts";
