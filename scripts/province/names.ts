// Township names for the generated province. Until the national division list (src/geo) is on main,
// the names are made up from syllables; the structure (cities → counties → townships) is what the
// benchmark needs. Deterministic: same seed, same names.
import { createRng } from "../demo/prng";

export interface ProvinceTownship {
  city: string;
  county: string;
  name: string;
}

const SYLLABLES =
  "青白石柳溪河山松竹梅兰桥安平宁和丰泰兴隆新华龙凤云水清源阳东西南北中长永太福禄寿金玉".split("");
const SUFFIX = ["镇", "镇", "镇", "乡", "街道"] as const;

/** `count` townships spread over cities of ~10 counties of ~20 townships, names unique per county. */
export function provinceTownships(count: number, seed = "province"): ProvinceTownship[] {
  const rng = createRng(seed);
  const out: ProvinceTownship[] = [];
  const usedCounties = new Set<string>();
  const word = (n: number) => Array.from({ length: n }, () => rng.pick(SYLLABLES)).join("");
  let city = "";
  let county = "";
  let seen = new Set<string>();
  for (let i = 0; i < count; i++) {
    if (i % 20 === 0) {
      if (i % 200 === 0) city = `${word(2)}市`;
      do county = `${word(2)}${rng.chance(0.8) ? "县" : "区"}`;
      while (usedCounties.has(county));
      usedCounties.add(county);
      seen = new Set();
    }
    let name: string;
    do name = `${word(2)}${rng.pick(SUFFIX)}`;
    while (seen.has(name));
    seen.add(name);
    out.push({ city, county, name });
  }
  return out;
}
