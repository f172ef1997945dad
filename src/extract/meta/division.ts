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
 * Whether the text (its lines of page chrome, then its body) contains `name`, for the many names
 * one text is asked about (a township name such as 城关镇 has hundreds of units, each with its
 * county, city and province). A name is looked for only if the text has its last two characters
 * side by side: for each last character asked about (县, 区, 市, 省…, a handful), the characters
 * right before its occurrences are gathered once by `indexOf` (a report writes 县 or 区 a few times),
 * not by a loop over every character of the text, nor a table of its pairs built per report.
 */
function namer(texts: readonly string[], many: boolean): (name: string) => boolean {
  if (!many) return (name) => texts.some((t) => t.includes(name));
  // Per last character asked about (few, and few occurrences each): the characters before it.
  const lasts: number[] = [];
  const before: number[][] = [];
  const known = new Map<string, boolean>(); // names that passed, as one province passes for each unit
  return (name) => {
    if (name.length < 2) return texts.some((t) => t.includes(name));
    const last = name.charCodeAt(name.length - 1);
    let k = lasts.indexOf(last);
    if (k < 0) {
      const preceding: number[] = [];
      const ch = String.fromCharCode(last);
      for (const t of texts)
        for (let at = t.indexOf(ch, 1); at >= 0; at = t.indexOf(ch, at + 1))
          preceding.push(t.charCodeAt(at - 1));
      k = lasts.push(last) - 1;
      before.push(preceding);
    }
    if (!(before[k] as number[]).includes(name.charCodeAt(name.length - 2))) return false;
    let found = known.get(name);
    if (found === undefined) known.set(name, (found = texts.some((t) => t.includes(name))));
    return found;
  };
}

/** With more units of one name than this, names are looked for through `namer`'s index. */
const MANY_UNITS = 4;

/**
 * The unit `township` is, given the county found and the text: its body, and the lines of page
 * chrome normalisation removed (`chrome`, read as if joined before the body; no name spans lines).
 */
export function resolveDivision(
  township: string,
  county: string | null,
  text: string,
  list: DivisionLookup,
  chrome: readonly string[] = [],
): Division | undefined {
  const units = unitsFor(township, list);
  if (units.length === 0) return undefined;
  const names = namer(chrome.length > 0 ? [...chrome, text] : [text], units.length > MANY_UNITS);
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
