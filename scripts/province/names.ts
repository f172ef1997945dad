// Township names for the generated province: the real township-level units of one province from the
// national division list (src/geo, statistics bureau 2023 codes), in code order, with their county,
// prefecture and codes. Only the figures, gaps, shortcomings and texts are invented (generate.ts).
// Development zones and farms (codes 400+) are left out, as a county's roster leaves them out.
import type { Divisions } from "../../src/geo";
import type { CountyUnit, TownshipUnit } from "../../src/domain";
import { readDivisions } from "../../src/geo/node";

export interface ProvinceTownship {
  /** The prefecture; the province where the list has a placeholder (省直辖县级行政区划). */
  city: string;
  county: string;
  name: string;
  /** 9-digit township code. */
  code: string;
  countyUnit: CountyUnit;
}

/** The default province: 河南省 — 2,467 townships in 181 counties, no two counties of the same name. */
export const DEFAULT_PROVINCE = "河南省";

const toTownship = (t: TownshipUnit): ProvinceTownship => ({
  city: t.county.city,
  county: t.county.name,
  name: t.name,
  code: t.code,
  countyUnit: t.county,
});

/**
 * `count` real townships of `province`: a single county's first `count` when one county has that
 * many (a county-size data set), else the first `count` of the province in code order, spanning
 * its prefectures and counties. Deterministic. Throws when the province has fewer.
 */
export function provinceTownships(
  count: number,
  province = DEFAULT_PROVINCE,
  divisions: Divisions = readDivisions(),
): ProvinceTownship[] {
  const counties = divisions.counties.filter((c) => c.province === province);
  if (counties.length === 0) throw new Error(`区划名录中没有 ${province}`);
  const one = counties.find((c) => divisions.townshipsOf(c.code).length >= count);
  if (one) return divisions.townshipsOf(one.code).slice(0, count).map(toTownship);
  const all = counties.flatMap((c) => divisions.townshipsOf(c.code));
  if (all.length < count) throw new Error(`${province} 只有 ${all.length} 个乡镇，少于 ${count}`);
  return all.slice(0, count).map(toTownship);
}
