// Report metadata: township (as written, with its suffix), county-level unit, the year the report
// is about and, given the national division list, the official unit (`division`). Titles, page
// chrome and addressee lines are read first; the body is a fallback.
import type { Division, DivisionLookup } from "../../domain";
import { findCounty } from "./county";
import { resolveDivision } from "./division";
import { findTownship } from "./township";
import { findYear } from "./year";

export { isCountyName, splitAdminChain, countyOf } from "./names";
export { hintsFromFileName, type FileNameHints } from "./fileName";

export interface ReportMeta {
  township: string | null;
  county: string | null;
  year: number | null;
  division?: Division;
}

/** Reads township, county and year from a normalised report (and its removed chrome lines). */
export function parseReportMeta(text: string, chrome: string[] = [], divisions?: DivisionLookup): ReportMeta {
  const header = text.slice(0, 800);
  const found = findTownship(header, chrome, text, divisions);
  const township = found?.township ?? null;
  const county = found?.county ?? findCounty(header, text, township, divisions, chrome);
  const year = findYear(header, chrome, text);
  // Literal to the text (CONTRACT §1): never the file name; see hintsFromFileName for that.
  const meta: ReportMeta = { township, county, year };
  if (divisions && township) {
    const division = resolveDivision(township, county, text, divisions, chrome);
    if (division) meta.division = division;
  }
  return meta;
}
