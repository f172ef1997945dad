// Records indexed once, in the worker that parsed them (records.worker.ts): positions by county,
// prefecture, township, year and indicator, and the province → prefecture → county tree the level
// navigation walks. A filter reads its slice through the index instead of rescanning every record.
// Records without a `division` cannot be placed under a prefecture: they form the 未定位 group,
// kept and counted, never dropped. Pure; positions refer to the array that was indexed.
import type { IndicatorId, ReportRecord } from "../domain";
import { townshipKey } from "../derive/townships";

/** The prefecture key (and label) of records without a division code. */
export const UNLOCATED = "未定位";

export interface CountyNode {
  /** 6-digit code, or `name:<county>` for a county met only in 未定位 records. */
  code: string;
  name: string;
  /** Distinct townships seen in its records. */
  townships: number;
  reports: number;
}

export interface CityNode {
  /** 4-digit prefecture code, or UNLOCATED. */
  code: string;
  /** The prefecture; the province where the list has a placeholder (省直辖县级行政区划). */
  name: string;
  province: string;
  counties: CountyNode[];
  reports: number;
}

export interface RecordIndex {
  /** How many records were indexed: an index belongs to exactly that array. */
  size: number;
  /** County name ("" when unknown) → positions. */
  byCounty: Map<string, number[]>;
  /** Prefecture code (or UNLOCATED) → positions. */
  byCity: Map<string, number[]>;
  /** Township key (derive/townships) → positions. */
  byTownship: Map<string, number[]>;
  /** Year (-1 when unknown) → positions. */
  byYear: Map<number, number[]>;
  /** Indicator → positions of records that state it. */
  byIndicator: Map<IndicatorId, number[]>;
  /** Prefectures in code order, 未定位 last (absent when every record is placed). */
  cities: CityNode[];
}

function push<K>(map: Map<K, number[]>, key: K, i: number): void {
  const list = map.get(key);
  if (list) list.push(i);
  else map.set(key, [i]);
}

/** A record's prefecture key: the first 4 digits of its division code, else 未定位. */
export const cityCodeOf = (r: Pick<ReportRecord, "division">): string =>
  r.division ? r.division.code.slice(0, 4) : UNLOCATED;

/** A record's county key: its 6-digit county code, else `name:<county>` (未定位 records). */
export const countyCodeOf = (r: Pick<ReportRecord, "division" | "county">): string =>
  r.division ? r.division.countyCode : `name:${r.county ?? ""}`;

/** One pass over the records. */
export function indexRecords(reports: readonly ReportRecord[]): RecordIndex {
  const index: RecordIndex = {
    size: reports.length,
    byCounty: new Map(),
    byCity: new Map(),
    byTownship: new Map(),
    byYear: new Map(),
    byIndicator: new Map(),
    cities: [],
  };
  const cities = new Map<string, CityNode>();
  const counties = new Map<string, { node: CountyNode; townships: Set<string> }>();
  reports.forEach((r, i) => {
    const township = townshipKey(r);
    push(index.byCounty, r.county ?? "", i);
    push(index.byTownship, township, i);
    push(index.byYear, r.year ?? -1, i);
    for (const o of r.indicators) push(index.byIndicator, o.id, i);
    const d = r.division;
    const cityCode = cityCodeOf(r);
    push(index.byCity, cityCode, i);
    let city = cities.get(cityCode);
    if (!city) {
      city = d
        ? { code: cityCode, name: d.city, province: d.province, counties: [], reports: 0 }
        : { code: UNLOCATED, name: UNLOCATED, province: "", counties: [], reports: 0 };
      cities.set(cityCode, city);
    }
    city.reports++;
    const countyCode = countyCodeOf(r);
    const countyKey = `${cityCode}|${countyCode}`;
    let county = counties.get(countyKey);
    if (!county) {
      const node = { code: countyCode, name: d?.county ?? r.county ?? "县名不详", townships: 0, reports: 0 };
      county = { node, townships: new Set() };
      counties.set(countyKey, county);
      city.counties.push(node);
    }
    county.node.reports++;
    county.townships.add(township);
  });
  for (const c of counties.values()) c.node.townships = c.townships.size;
  const byCode = (a: { code: string }, b: { code: string }) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
  index.cities = [...cities.values()]
    .sort((a, b) => Number(a.code === UNLOCATED) - Number(b.code === UNLOCATED) || byCode(a, b))
    .map((c) => ({ ...c, counties: c.counties.sort(byCode) }));
  return index;
}

export interface SliceFilter {
  county?: string | null;
  city?: string | null;
  township?: string | null;
  year?: number | null;
  indicator?: IndicatorId | null;
}

/**
 * The records a filter selects, read through the index: the shortest position list of the filters
 * given, checked against the others. Every record when no filter is set (the same array).
 */
export function sliceOf<R extends ReportRecord>(
  reports: readonly R[],
  index: RecordIndex,
  filter: SliceFilter,
): readonly R[] {
  const lists: number[][] = [];
  const add = <K>(map: Map<K, number[]>, key: K | null | undefined) => {
    if (key !== null && key !== undefined) lists.push(map.get(key) ?? []);
  };
  add(index.byCounty, filter.county);
  add(index.byCity, filter.city);
  add(index.byTownship, filter.township);
  add(index.byYear, filter.year);
  add(index.byIndicator, filter.indicator);
  if (lists.length === 0) return reports;
  lists.sort((a, b) => a.length - b.length);
  const [first, ...rest] = lists as [number[], ...number[][]];
  const others = rest.map((l) => new Set(l));
  const out: R[] = [];
  for (const i of first) if (others.every((s) => s.has(i))) out.push(reports[i] as R);
  return out;
}
