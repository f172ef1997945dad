// What a file name suggests about its report ("城南县柳溪镇2023年报告.docx"). Never part of the
// record: CONTRACT §1 keeps township, county and year literal to the text (null where it says
// nothing). The review screen may offer these as hints for a person to confirm.
import type { DivisionLookup } from "../../domain";
import { findCounty } from "./county";
import { findTownship } from "./township";

export interface FileNameHints {
  township: string | null;
  county: string | null;
  year: number | null;
}

/** Township, county and year a file name suggests, read with the same rules as a title. */
export function hintsFromFileName(fileName: string, divisions?: DivisionLookup): FileNameHints {
  const base = fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "");
  if (!base) return { township: null, county: null, year: null };
  // Each run of Han characters on its own: "2024-柳溪镇" and "城南县_柳溪镇" read like titles. A year
  // ("2023年", "2023年度") and a leading 关于 separate runs too: "2023年柳溪镇…" names 柳溪镇, not 年柳溪镇.
  const runs = base
    .replace(/(?<!\d)(?:19|20)\d{2}\s*年度?/g, " ")
    .split(/[^\p{Script=Han}]+/u)
    .map((run) => run.replace(/^关于/, ""))
    .filter(Boolean);
  let found: ReturnType<typeof findTownship> = null;
  // The runs joined first ("城南县 2023年度 柳溪镇…" is one title), then each alone.
  for (const run of [runs.join(""), ...runs]) found ??= findTownship(`${run}人民政府`, [], "", divisions);
  const township = found?.township ?? null;
  const county = found?.county ?? findCounty(runs.join("\n"), runs.join("\n"), township, divisions);
  const y = /(?<!\d)(20\d{2})(?!\d)/.exec(base);
  return { township, county, year: y ? Number(y[1]) : null };
}
