// The national division list, indexed once with Maps: townships and counties by name, a county's
// townships, parents, and county search for the roster. Pure: the data comes in as a value (see
// ./load for the browser, ./node for the CLI), so tests and the engine never touch files.
import type { CountyUnit, DivisionLookup, RegionUnit, TownshipUnit } from "../domain";
import { matchesSearch, searchKey, type PinyinLib } from "../derive/search";

/** The committed file's shape (scripts/gen-divisions.ts writes it). */
export interface DivisionData {
  source: string;
  /** "11北京市": 2-digit code + name. */
  provinces: string[];
  /** "1101市辖区": 4-digit code + name. */
  cities: string[];
  /** "110101东城区": 6-digit code + name. */
  counties: string[];
  /** Parallel to counties: "001东华门街道002景山街道…" (the last 3 digits of each code + name). */
  townships: string[];
}

/** Prefectures that are placeholders in the list: their counties' city is the province. */
const PLACEHOLDER_CITY = /^(?:县|市辖区|省直辖县级行政区划|自治区直辖县级行政区划)$/;
/** Township codes from 400 up are development zones, farms, industrial parks and the like. */
const ZONE_FROM = 400;

/** A name as compared: without a trailing 办事处 (某某街道办事处 is 某某街道). */
export const nameKey = (name: string): string => (name.endsWith("办事处") ? name.slice(0, -3) : name);

/** Whether a township-level unit is a development zone, farm or the like (code 400 and above). */
export const isZone = (t: Pick<TownshipUnit, "code">): boolean => Number(t.code.slice(6)) >= ZONE_FROM;

/** "广东省" → "广东", "内蒙古自治区" → "内蒙古", "广西壮族自治区" → "广西"; "重庆市" → "重庆". */
function shortProvince(name: string): string {
  return name.replace(/(?:省|市|维吾尔自治区|壮族自治区|回族自治区|自治区|特别行政区)$/, "");
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const split = (entry: string, digits: number): [string, string] => [
  entry.slice(0, digits),
  entry.slice(digits),
];

export interface CountySearchHit {
  county: CountyUnit;
  /** "城口县（重庆市）", "兴国县（赣州市·江西省）": enough to tell same-name counties apart. */
  label: string;
}

export class Divisions implements DivisionLookup {
  readonly source: string;
  readonly counties: readonly CountyUnit[];
  private readonly townshipsByName = new Map<string, TownshipUnit[]>();
  private readonly countiesByName = new Map<string, CountyUnit[]>();
  private readonly regionsByName = new Map<string, RegionUnit[]>();
  private readonly countyByCode = new Map<string, CountyUnit>();
  private townshipByCode: Map<string, TownshipUnit> | null = null;
  private readonly townshipsByCounty = new Map<string, TownshipUnit[]>();
  private readonly placeholderCities = new Set<string>();
  private searchHaystacks: { lib: PinyinLib | null; keys: string[] } | null = null;

  constructor(data: DivisionData) {
    this.source = data.source;
    const provinces = new Map(data.provinces.map((e) => split(e, 2)));
    for (const [code, name] of provinces) {
      push(this.regionsByName, name, { code, name });
      const short = shortProvince(name);
      if (short !== name) push(this.regionsByName, short, { code, name });
    }
    const cityName = new Map<string, string>();
    for (const [code, name] of data.cities.map((e) => split(e, 4))) {
      const province = provinces.get(code.slice(0, 2)) ?? "";
      if (PLACEHOLDER_CITY.test(name)) {
        this.placeholderCities.add(code);
        cityName.set(code, province);
      } else {
        cityName.set(code, name);
        push(this.regionsByName, name, { code, name });
      }
    }
    const counties: CountyUnit[] = [];
    data.counties.forEach((entry, i) => {
      const [code, name] = split(entry, 6);
      const cityCode = code.slice(0, 4);
      const county: CountyUnit = {
        code,
        name,
        city: cityName.get(cityCode) ?? "",
        cityCode,
        province: provinces.get(code.slice(0, 2)) ?? "",
      };
      counties.push(county);
      this.countyByCode.set(code, county);
      push(this.countiesByName, name, county);
      const towns: TownshipUnit[] = [];
      for (const m of (data.townships[i] ?? "").matchAll(/(\d{3})(\D+)/g)) {
        const t: TownshipUnit = { code: code + (m[1] as string), name: m[2] as string, county };
        towns.push(t);
        push(this.townshipsByName, nameKey(t.name), t);
      }
      this.townshipsByCounty.set(code, towns);
    });
    this.counties = counties;
  }

  townshipsNamed(name: string): readonly TownshipUnit[] {
    return this.townshipsByName.get(nameKey(name)) ?? [];
  }

  countiesNamed(name: string): readonly CountyUnit[] {
    return this.countiesByName.get(name) ?? [];
  }

  regionsNamed(name: string): readonly RegionUnit[] {
    return this.regionsByName.get(name) ?? [];
  }

  county(code: string): CountyUnit | undefined {
    return this.countyByCode.get(code);
  }

  township(code: string): TownshipUnit | undefined {
    // Built on first use: the engine looks townships up by name only.
    this.townshipByCode ??= new Map(
      [...this.townshipsByCounty.values()].flatMap((towns) => towns.map((t) => [t.code, t] as const)),
    );
    return this.townshipByCode.get(code);
  }

  /**
   * The townships a county expects reports from, in code order. Development zones and farms
   * (codes 400+) are left out unless asked for.
   */
  townshipsOf(countyCode: string, options: { includeZones?: boolean } = {}): readonly TownshipUnit[] {
    const all = this.townshipsByCounty.get(countyCode) ?? [];
    return options.includeZones ? all : all.filter((t) => !isZone(t));
  }

  /** Whether a prefecture code is a placeholder (县, 市辖区, 省直辖县级行政区划). */
  isPlaceholderCity(cityCode: string): boolean {
    return this.placeholderCities.has(cityCode);
  }

  /**
   * Counties matching what someone typed: characters (城口), full pinyin (chengkou) or initials
   * (ck); further terms may name the city or province ("城关 安徽"). Exact names first, then code
   * order. Pass pinyin-pro once loaded; until then characters match.
   */
  searchCounties(query: string, lib: PinyinLib | null = null, limit = 50): CountySearchHit[] {
    if (query.trim() === "") return [];
    if (this.searchHaystacks === null || (lib !== null && this.searchHaystacks.lib === null)) {
      this.searchHaystacks = {
        lib,
        keys: this.counties.map((c) => searchKey(c.name, `${c.city} ${c.province}`, lib)),
      };
    }
    const keys = this.searchHaystacks.keys;
    const q = query.trim();
    const hits: CountyUnit[] = [];
    this.counties.forEach((c, i) => {
      if (matchesSearch(keys[i] as string, q)) hits.push(c);
    });
    const exact = (c: CountyUnit) => (c.name === q || c.name.slice(0, -1) === q ? 0 : 1);
    return hits
      .sort((a, b) => exact(a) - exact(b))
      .slice(0, limit)
      .map((county) => ({ county, label: countyLabel(county) }));
  }
}

/** "城口县（重庆市）", "兴国县（赣州市·江西省）", "东莞市（广东省）". */
export function countyLabel(c: CountyUnit): string {
  const where = c.city === c.province || c.city === c.name ? c.province : `${c.city}·${c.province}`;
  return `${c.name}（${where}）`;
}

/** Builds the lookup once; the same data always gives the same answers. */
export function buildDivisions(data: DivisionData): Divisions {
  return new Divisions(data);
}
