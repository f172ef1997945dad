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

/**
 * `text.includes(name)` for the many names one text is asked about (a township name such as 城关镇
 * has hundreds of units, each with its county, city and province): each answer is kept, and a name
 * is looked for only if every pair of adjacent characters in it occurs in the text (a table of the
 * text's pairs, hashed into 64 K bits, is made once; a pair it lacks cannot be in the text).
 */
function namer(text: string, many: boolean): (name: string) => boolean {
  if (!many) return (name) => text.includes(name);
  const pairs = new Uint8Array(0x2000);
  for (let i = 1; i < text.length; i++) {
    const h = pairHash(text.charCodeAt(i - 1), text.charCodeAt(i));
    pairs[h >> 3] = (pairs[h >> 3] as number) | (1 << (h & 7));
  }
  const known = new Map<string, boolean>();
  return (name) => {
    let found = known.get(name);
    if (found === undefined) {
      found = true;
      for (let i = 1; i < name.length && found; i++) {
        const h = pairHash(name.charCodeAt(i - 1), name.charCodeAt(i));
        found = ((pairs[h >> 3] as number) & (1 << (h & 7))) !== 0;
      }
      found &&= text.includes(name);
      known.set(name, found);
    }
    return found;
  };
}

const pairHash = (a: number, b: number): number => (Math.imul(a, 31) + b) & 0xffff;

/** With more units of one name than this, names are looked for through `namer`'s table. */
const MANY_UNITS = 4;

export function resolveDivision(
  township: string,
  county: string | null,
  text: string,
  list: DivisionLookup,
): Division | undefined {
  const units = unitsFor(township, list);
  if (units.length === 0) return undefined;
  const names = namer(text, units.length > MANY_UNITS);
  // The county the text names decides; a county that contains none of them contradicts the list.
  // Two-character county names such as 城区, 郊区, 矿区 are also common words.
  const byCounty = units.filter(
    (u) => u.county.name === county || (u.county.name.length >= 3 && names(u.county.name)),
  );
  if (byCounty.length === 1) return toDivision(byCounty[0] as TownshipUnit, "stated");
  if (byCounty.length > 1 || county !== null) return undefined;
  const byCity = units.filter((u) => u.county.city !== u.county.province && names(u.county.city));
  if (byCity.length === 1) return toDivision(byCity[0] as TownshipUnit, "stated");
  if (byCity.length > 1) return undefined;
  const byProvince = units.filter((u) => names(u.county.province) || names(shortProvince(u.county.province)));
  if (byProvince.length === 1) return toDivision(byProvince[0] as TownshipUnit, "stated");
  if (byProvince.length > 1) return undefined;
  return units.length === 1 ? toDivision(units[0] as TownshipUnit, "inferred") : undefined;
}
