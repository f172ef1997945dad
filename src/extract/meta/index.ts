// Report metadata: township (as written, with its suffix), county-level unit, the year the report
// is about and, given the national division list, the official unit (`division`). Titles, page
// chrome and addressee lines are read first; the body is a fallback.
import type { Division, DivisionLookup } from "../../domain";
import { findCounty } from "./county";
import { resolveDivision } from "./division";
import { findTownship } from "./township";
import { findYear } from "./year";

export { isCountyName, splitAdminChain, countyOf } from "./names";

export interface ReportMeta {
  township: string | null;
  county: string | null;
  year: number | null;
  division?: Division;
}

/** Reads township, county and year from a normalised report (and its removed chrome lines). */
export function parseReportMeta(
  text: string,
  chrome: string[] = [],
  fileName = "",
  divisions?: DivisionLookup,
): ReportMeta {
  const header = text.slice(0, 800);
  const found = findTownship(header, chrome, text, divisions);
  let township = found?.township ?? null;
  let county = found?.county ?? findCounty(header, text, township, divisions);
  let year = findYear(header, chrome, text);
  // Last resort, only when the text never says: the file name ("咸宜镇2023年报告.docx").
  const base = fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "");
  if (township === null && base) {
    const fromName = findTownship(`${base}人民政府`, [], "", divisions);
    township = fromName?.township ?? null;
    county ??= fromName?.county ?? null;
  }
  if (year === null) {
    const y = /(?<!\d)(20\d{2})(?!\d)/.exec(base);
    if (y) year = Number(y[1]);
  }
  const meta: ReportMeta = { township, county, year };
  if (divisions && township) {
    const division = resolveDivision(township, county, `${chrome.join("\n")}\n${text}`, divisions);
    if (division) meta.division = division;
  }
  return meta;
}
