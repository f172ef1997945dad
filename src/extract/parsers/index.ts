// Parsers: each proposes candidates (or report structure) and decides nothing final.
export {
  parseReportMeta,
  hintsFromFileName,
  splitAdminChain,
  isCountyName,
  countyOf,
  type ReportMeta,
  type FileNameHints,
} from "./reportMeta";
export { parseShortcomings } from "./shortcomings";
export { classifyShortcoming, classifyItem, categoriesOfItem, CATEGORY_CUES } from "./shortcomingCategories";
export { runCueRule, cueParser, type CueRuleSpec } from "./cueRule";
export { legalAdvisorParser } from "./legalAdvisor";
export { villagesParser } from "./villages";
export { disputesParser } from "./disputes";
export { publicityParser } from "./publicity";
export { servicesParser } from "./services";
export { governanceParser } from "./governance";
