import { describe, expect, it } from "vitest";
import {
  canonicalReport,
  mergeDatasets,
  mergeReports,
  serializeDataset,
  toContractRecord,
  type Dataset,
} from "../../src/data";
import { report } from "./fixtures";

const a = report({ id: "a" });
const b = report({ id: "b" });
const b2 = report({ id: "b", township: "柳溪乡" });
const c = report({ id: "c" });

describe("mergeReports", () => {
  it("replaces a report with the same id in place and appends new ones", () => {
    expect(mergeReports([a, b], [c, b2]).map((r) => [r.id, r.township])).toEqual([
      ["a", "青石镇"],
      ["b", "柳溪乡"],
      ["c", "青石镇"],
    ]);
  });

  it("leaves its inputs alone", () => {
    const base = [a, b];
    mergeReports(base, [b2]);
    expect(base[1]).toBe(b);
  });
});

describe("mergeDatasets", () => {
  const samples: Dataset = { id: "samples", label: "样例", fictional: false, reports: [a] };
  const demo: Dataset = { id: "demo", label: "示例县", fictional: true, reports: [b] };
  const imported: Dataset = { id: "samples", label: "导入", fictional: false, reports: [b2] };

  it("marks the whole fictional if either side is", () => {
    expect(mergeDatasets(samples, demo)).toMatchObject({ id: "samples+demo", fictional: true });
  });

  it("keeps the id and label of the base when merging into the same data set", () => {
    expect(mergeDatasets(samples, imported)).toMatchObject({ id: "samples", label: "样例", fictional: false });
  });
});

describe("serializing", () => {
  it("writes keys in contract order with the text last, whatever order they came in", () => {
    const r = report();
    const shuffled = Object.fromEntries(Object.entries(r).reverse()) as typeof r;
    expect(Object.keys(canonicalReport(shuffled))).toEqual([
      "id",
      "file",
      "township",
      "county",
      "year",
      "indicators",
      "shortcomings",
      "missing",
      "text",
    ]);
    expect(serializeDataset({ id: "x", label: "x", fictional: false, reports: [shuffled] })).toBe(
      serializeDataset({ id: "x", label: "x", fictional: false, reports: [r] }),
    );
  });

  it("carries a division, in contract key order, right after missing", () => {
    const division = {
      basis: "inferred" as const,
      province: "重庆市",
      city: "重庆市",
      countyCode: "500229",
      county: "城口县",
      township: "咸宜镇",
      code: "500229110",
    };
    const out = toContractRecord(report({ division }));
    expect(out.division).toEqual(division);
    expect(Object.keys(out.division ?? {})).toEqual(["code", "township", "county", "countyCode", "city", "province", "basis"]);
    expect(Object.keys(out).slice(-1)).toEqual(["division"]);
    expect(toContractRecord(report())).not.toHaveProperty("division");
  });

  it("the contract record has no text, and an error only when there is one", () => {
    expect(toContractRecord(report())).not.toHaveProperty("text");
    expect(toContractRecord(report())).not.toHaveProperty("error");
    expect(toContractRecord(report({ error: "坏了" }))).toHaveProperty("error", "坏了");
  });

  it("keeps derived figures' sources and derivation", () => {
    const r = report();
    const o = r.indicators[0];
    if (!o) throw new Error("fixture");
    const derived = { ...o, basis: "derived" as const, sources: [o.evidence], derivation: "5村1居 → 6" };
    const out = toContractRecord({ ...r, indicators: [derived] }).indicators[0];
    expect(out).toEqual(derived);
    expect(Object.keys(out ?? {})).toEqual(["id", "value", "unit", "approx", "basis", "rule", "evidence", "sources", "derivation"]);
  });

  it("ends the file with one newline and contains no timestamps", () => {
    const text = serializeDataset({ id: "x", label: "x", fictional: false, reports: [report()] });
    expect(text.endsWith("}\n")).toBe(true);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  });
});
