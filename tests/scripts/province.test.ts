import { describe, expect, it } from "vitest";
import { parseDataset } from "../../src/data";
import { readDivisions } from "../../src/geo/node";
import { generateProvince } from "../../scripts/province/generate";
import { provinceTownships } from "../../scripts/province/names";

describe("province generator", () => {
  it("writes a valid, fictional data set whose evidence points into its texts", () => {
    const file = generateProvince({ townships: 300, years: [2022, 2023] });
    const parsed = parseDataset(file);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.data.reports.length).toBe(file.reports.length);
    expect(file.fictional).toBe(true);
    expect(file.label).toContain("虚构");
    expect(file.reports.length).toBeGreaterThan(500);
    expect(file.reports.every((r) => r.text.includes("虚构示例数据"))).toBe(true);
    for (const r of file.reports.slice(0, 50))
      for (const o of r.indicators)
        expect(r.text.slice(o.evidence.start, o.evidence.end)).toBe(o.evidence.text);
  });

  it("uses the real townships of the province from the national division list, with their codes", () => {
    const divisions = readDivisions();
    const file = generateProvince({ townships: 300, years: [2023] });
    const located = file.reports.filter((r) => r.division);
    expect(located.length).toBeGreaterThan(250);
    for (const r of located) {
      const unit = divisions.township(r.division?.code ?? "");
      expect(unit?.name).toBe(r.township);
      expect(unit?.county.name).toBe(r.county);
      expect(r.division?.province).toBe("河南省");
      expect(r.division?.countyCode).toBe(unit?.county.code);
    }
    expect(new Set(located.map((r) => r.division?.city)).size).toBeGreaterThan(1);
  });

  it("leaves a few townships without a division code (the 未定位 group) in every year", () => {
    const file = generateProvince({ townships: 2000, years: [2022, 2023] });
    const unlocated = file.reports.filter((r) => !r.division);
    expect(unlocated.length).toBeGreaterThan(0);
    expect(unlocated.length).toBeLessThan(file.reports.length * 0.05);
    expect(unlocated.every((r) => r.township && r.county)).toBe(true);
  });

  it("a county-size set is one real county; a province-size set spans many counties", () => {
    const county = provinceTownships(30);
    expect(new Set(county.map((t) => t.county)).size).toBe(1);
    const province = provinceTownships(2000);
    expect(province).toEqual(provinceTownships(2000));
    expect(new Set(province.map((t) => t.county)).size).toBeGreaterThan(100);
    const keys = province.map((t) => `${t.county}/${t.name}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(() => provinceTownships(5000)).toThrow(/少于/);
  });
});
