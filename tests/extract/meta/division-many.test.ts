// resolveDivision for a township name with many units (城关镇 has hundreds): the names of counties,
// cities and provinces are looked for only where the text has their last two characters side by
// side. Its answers must be exactly those of one `text.includes` per unit over the page chrome and
// the body joined, as the code read before that index.
import { describe, expect, it } from "vitest";
import type { Division, DivisionLookup, TownshipUnit } from "../../../src/domain";
import { resolveDivision } from "../../../src/extract/meta/division";
import { unitsFor } from "../../../src/extract/meta/places";
import { readDivisions } from "../../../src/geo/node";

const list: DivisionLookup = readDivisions();

/** The rule as written with one includes per unit (the reference). */
function reference(township: string, county: string | null, text: string): string | undefined {
  const units = unitsFor(township, list);
  const short = (p: string) =>
    p.replace(/(?:省|市|维吾尔自治区|壮族自治区|回族自治区|自治区|特别行政区)$/, "");
  const one = (us: readonly TownshipUnit[], basis: string) =>
    us.length === 1 ? `${(us[0] as TownshipUnit).code} ${basis}` : undefined;
  if (units.length === 0) return undefined;
  const byCounty = units.filter(
    (u) => u.county.name === county || (u.county.name.length >= 3 && text.includes(u.county.name)),
  );
  if (byCounty.length === 1) return one(byCounty, "stated");
  if (byCounty.length > 1 || county !== null) return undefined;
  const byCity = units.filter((u) => u.county.city !== u.county.province && text.includes(u.county.city));
  if (byCity.length === 1) return one(byCity, "stated");
  if (byCity.length > 1) return undefined;
  const byProvince = units.filter(
    (u) => text.includes(u.county.province) || text.includes(short(u.county.province)),
  );
  if (byProvince.length === 1) return one(byProvince, "stated");
  if (byProvince.length > 1) return undefined;
  return one(units, "inferred");
}

const key = (d: Division | undefined) => (d ? `${d.code} ${d.basis}` : undefined);

describe("resolveDivision with many units of one name", () => {
  const units = unitsFor("城关镇", list);

  it("城关镇 has many units (the case the pair table is for)", () => {
    expect(units.length).toBeGreaterThan(50);
  });

  it("answers as one includes per unit, for texts naming a county, a city, a province, or two", () => {
    const filler = "城关镇2023年法治政府建设情况报告。一年来，我镇深入开展普法宣传，调处矛盾纠纷30起。";
    let stated = 0;
    units.forEach((u, i) => {
      const other = units[(i * 7 + 3) % units.length] as TownshipUnit;
      const texts = [
        `${u.county.name}${filler}`,
        `${u.county.city}${filler}`,
        `${u.county.province}${filler}`,
        `${filler}${u.county.name.slice(0, 2)}`,
        `${u.county.city}${other.county.name}${filler}`,
        `${other.county.province}${u.county.city}${filler}`,
      ];
      for (const text of texts)
        for (const county of [null, u.county.name]) {
          const got = key(resolveDivision("城关镇", county, text, list));
          expect(got, text).toBe(reference("城关镇", county, text));
          if (got?.endsWith("stated")) stated++;
        }
    });
    expect(stated).toBeGreaterThan(units.length); // most texts do decide a unit
  });

  it("reads the page chrome as if joined before the body, and no name across a line break", () => {
    const body = "城关镇2023年法治政府建设情况报告。一年来，我镇深入开展普法宣传。";
    let stated = 0;
    units.forEach((u, i) => {
      const other = units[(i * 11 + 5) % units.length] as TownshipUnit;
      const chromes = [
        [`发布机构：${u.county.name}城关镇`],
        [`来源：${u.county.city}`, `${other.county.province}`],
        [u.county.name.slice(0, -1), u.county.name.slice(-1)], // split across two lines: not named
        [`${u.county.province.slice(0, 2)}`],
      ];
      for (const chrome of chromes)
        for (const county of [null, u.county.name]) {
          const got = key(resolveDivision("城关镇", county, body, list, chrome));
          expect(got, chrome.join("|")).toBe(reference("城关镇", county, `${chrome.join("\n")}\n${body}`));
          if (got?.endsWith("stated")) stated++;
        }
    });
    expect(stated).toBeGreaterThan(units.length);
  });
});
