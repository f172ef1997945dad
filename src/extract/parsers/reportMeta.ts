// Report metadata lives in ../meta (township, county, year, division); this keeps the parsers'
// door unchanged.
export {
  parseReportMeta,
  hintsFromFileName,
  isCountyName,
  splitAdminChain,
  countyOf,
  type ReportMeta,
  type FileNameHints,
} from "../meta";
