// Grounding names in the national division list, when the engine is given one: which units a
// township name may be (鹤龙街 is 鹤龙街道; 北城街街道 may be listed as 北城街道), what a glued or
// over-long capture really names ("人民政府某某街道" → 某某街道), and whether a 市 is a county-level
// city or a prefecture.
import type { CountyUnit, DivisionLookup, TownshipUnit } from "../../domain";

// A suffix alone is no name: the list has placeholder units called 街道 (in development zones),
// and "现将我街道…" must not find them.
const BARE_SUFFIX = /^(?:街道(?:办事处)?|镇|乡|民族乡|苏木|街)$/;

/** The listed units a township name as written may stand for. */
export function unitsFor(name: string, list: DivisionLookup): readonly TownshipUnit[] {
  if (BARE_SUFFIX.test(name)) return [];
  const exact = list.townshipsNamed(name);
  if (exact.length > 0) return exact;
  if (name.endsWith("街街道")) return list.townshipsNamed(`${name.slice(0, -3)}街道`);
  if (name.endsWith("街")) return list.townshipsNamed(`${name}道`);
  return exact;
}

/**
 * The longest tail of `name` that is a listed township ("人民政府新驿镇" → 新驿镇), or null. Tails
 * keep at least one character before the suffix.
 */
export function listedTail(name: string, list: DivisionLookup): string | null {
  for (let i = 0; i < name.length - 1; i++) {
    const tail = name.slice(i);
    if (unitsFor(tail, list).length > 0) return tail;
  }
  return null;
}

/**
 * The county-level units a name may be. A prefecture is not a county: 广州市 gives none; a
 * prefecture without counties (东莞市, 中山市, 儋州市, 嘉峪关市) stands as its own county.
 */
export function countyUnits(name: string, list: DivisionLookup): readonly CountyUnit[] {
  const counties = list.countiesNamed(name);
  if (counties.length === 0) return counties;
  const isPrefecture = list.regionsNamed(name).some((r) => r.code.length === 4);
  return isPrefecture ? counties.filter((c) => c.city === c.name) : counties;
}
