// 区县对比: a data set spanning many counties, compared a level at a time. At the province level every
// prefecture with its counties; inside a prefecture its counties. For each unit: how many townships
// it has (seen in any year), how many reported in the focus year, the median of the chosen
// indicator, and the share of its townships whose report states each key indicator. Read through
// the record index (src/data/indexing): one pass over the focus year's records, never all years.
import { cityCodeOf, countyCodeOf, UNLOCATED, type RecordIndex } from "../data/indexing";
import {
  indicatorDef,
  KEY_INDICATOR_IDS,
  type IndicatorDef,
  type IndicatorId,
  type KeyIndicatorId,
  type ReportRecord,
} from "../domain";
import { median } from "./stats";
import { townshipKey } from "./townships";

export interface LevelRow {
  kind: "city" | "county";
  /** Prefecture code (or 未定位) for a city row; county code (or name:…) for a county row. */
  code: string;
  name: string;
  /** The county's name as the county filter knows it (county rows). */
  county: string | null;
  /** The prefecture's code (county rows: their parent; city rows: themselves). */
  city: string;
  townships: number;
  /** Townships with a report in the focus year. */
  reporting: number;
  /** Median of the indicator over the townships that state it in the focus year; null when none. */
  median: number | null;
  /** How many townships state the indicator in the focus year (the median's base). */
  stating: number;
  /** Share (0–1) of the unit's townships whose focus-year report states each key indicator. */
  keyShare: Record<KeyIndicatorId, number>;
}

export interface LevelsVM {
  year: number;
  indicator: IndicatorDef;
  /** The province(s) the data set spans, for the path's first step. */
  province: string;
  /** The prefecture in view, or null at the province level. */
  city: { code: string; name: string } | null;
  /** Province level: each prefecture followed by its counties; prefecture level: its counties. */
  rows: LevelRow[];
}

interface Acc {
  reporting: Set<string>;
  values: number[];
  keys: Record<KeyIndicatorId, number>;
}
const emptyAcc = (): Acc => ({
  reporting: new Set(),
  values: [],
  keys: Object.fromEntries(KEY_INDICATOR_IDS.map((k) => [k, 0])) as Record<KeyIndicatorId, number>,
});

function accOf(map: Map<string, Acc>, key: string): Acc {
  let a = map.get(key);
  if (!a) map.set(key, (a = emptyAcc()));
  return a;
}

function row(
  kind: LevelRow["kind"],
  unit: { code: string; name: string; townships: number },
  city: string,
  county: string | null,
  acc: Acc | undefined,
): LevelRow {
  const a = acc ?? emptyAcc();
  const share = (n: number) => (unit.townships > 0 ? n / unit.townships : 0);
  return {
    kind,
    code: unit.code,
    name: unit.name,
    county,
    city,
    townships: unit.townships,
    reporting: a.reporting.size,
    median: median(a.values),
    stating: a.values.length,
    keyShare: Object.fromEntries(KEY_INDICATOR_IDS.map((k) => [k, share(a.keys[k])])) as Record<
      KeyIndicatorId,
      number
    >,
  };
}

/**
 * The comparison at one level. `city` null: the province level (every prefecture and its counties,
 * 未定位 last); a prefecture code or 未定位: that prefecture's counties.
 */
/** Positions of the year's records, of one prefecture when given: read through the index, not by scanning. */
function positionsOf(index: RecordIndex, city: string | null, year: number): readonly number[] {
  const inYear = index.byYear.get(year) ?? [];
  if (city === null) return inYear;
  const years = new Set(inYear);
  return (index.byCity.get(city) ?? []).filter((i) => years.has(i));
}

export function levelsOf(
  reports: readonly ReportRecord[],
  index: RecordIndex,
  city: string | null,
  year: number,
  indicator: IndicatorId,
): LevelsVM {
  const byCounty = new Map<string, Acc>();
  const byCity = new Map<string, Acc>();
  for (const i of positionsOf(index, city, year)) {
    const r = reports[i];
    if (!r || (r as { alternative?: true }).alternative) continue;
    const c = cityCodeOf(r);
    const t = townshipKey(r);
    for (const acc of [accOf(byCity, c), accOf(byCounty, `${c}|${countyCodeOf(r)}`)]) {
      if (acc.reporting.has(t)) continue; // one report per township and year counts
      acc.reporting.add(t);
      const v = r.indicators.find((o) => o.id === indicator);
      if (v) acc.values.push(v.value);
      for (const k of KEY_INDICATOR_IDS) if (r.indicators.some((o) => o.id === k)) acc.keys[k]++;
    }
  }
  const rows: LevelRow[] = [];
  const cities = city === null ? index.cities : index.cities.filter((c) => c.code === city);
  for (const c of cities) {
    const townships = c.counties.reduce((n, k) => n + k.townships, 0);
    if (city === null) rows.push(row("city", { ...c, townships }, c.code, null, byCity.get(c.code)));
    for (const k of c.counties)
      rows.push(row("county", k, c.code, k.name, byCounty.get(`${c.code}|${k.code}`)));
  }
  const inView = cities.find((c) => c.code === city);
  const provinces = [...new Set(index.cities.map((c) => c.province).filter((p) => p !== ""))];
  return {
    year,
    indicator: indicatorDef(indicator),
    province: provinces.join("、"),
    city: inView ? { code: inView.code, name: inView.name === UNLOCATED ? UNLOCATED : inView.name } : null,
    rows,
  };
}
