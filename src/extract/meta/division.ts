// The official unit a report is about (CONTRACT §1a), from the text alone: the township's name
// matched in the list, and among several units of that name the one whose county, city or province
// the text names. `stated` when the text names a containing unit and exactly one matches;
// `inferred` when the text names only the township and the country has exactly one of that name;
// otherwise nothing — never a guess.
import type { Division, DivisionLookup, TownshipUnit } from "../../domain";
import { unitsFor } from "./places";

const toDivision = (t: TownshipUnit, basis: Division["basis"]): Division => ({
  code: t.code,
  township: t.name.endsWith("办事处") ? t.name.slice(0, -3) : t.name,
  county: t.county.name,
  countyCode: t.county.code,
  city: t.county.city,
  province: t.county.province,
  basis,
});

/** "广东省" → also "广东"; "重庆市" → also "重庆". The text may write either. */
const shortProvince = (name: string): string =>
  name.replace(/(?:省|市|维吾尔自治区|壮族自治区|回族自治区|自治区|特别行政区)$/, "");

// Two-character county names such as 城区, 郊区, 矿区 are also common words.
const namesCounty = (text: string, county: string, stated: string | null): boolean =>
  county === stated || (county.length >= 3 && text.includes(county));

export function resolveDivision(
  township: string,
  county: string | null,
  text: string,
  list: DivisionLookup,
): Division | undefined {
  const units = unitsFor(township, list);
  if (units.length === 0) return undefined;
  // The county the text names decides; a county that contains none of them contradicts the list.
  const byCounty = units.filter((u) => namesCounty(text, u.county.name, county));
  if (byCounty.length === 1) return toDivision(byCounty[0] as TownshipUnit, "stated");
  if (byCounty.length > 1 || county !== null) return undefined;
  const byCity = units.filter((u) => u.county.city !== u.county.province && text.includes(u.county.city));
  if (byCity.length === 1) return toDivision(byCity[0] as TownshipUnit, "stated");
  if (byCity.length > 1) return undefined;
  const byProvince = units.filter(
    (u) => text.includes(u.county.province) || text.includes(shortProvince(u.county.province)),
  );
  if (byProvince.length === 1) return toDivision(byProvince[0] as TownshipUnit, "stated");
  if (byProvince.length > 1) return undefined;
  return units.length === 1 ? toDivision(units[0] as TownshipUnit, "inferred") : undefined;
}
