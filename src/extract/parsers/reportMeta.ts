// Report metadata lives in ../meta (township, county, year, division); this keeps the parsers'
// door unchanged.
export { parseReportMeta, isCountyName, splitAdminChain, countyOf, type ReportMeta } from "../meta";
