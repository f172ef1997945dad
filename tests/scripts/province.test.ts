import { describe, expect, it } from "vitest";
import { parseDataset } from "../../src/data";
import { generateProvince } from "../../scripts/province/generate";
import { provinceTownships } from "../../scripts/province/names";

describe("province generator", () => {
  it("writes a valid, fictional data set whose evidence points into its texts", () => {
    const file = generateProvince({ townships: 60, years: [2022, 2023] });
    const parsed = parseDataset(file);
    expect(parsed.ok).toBe(true);
    expect(file.fictional).toBe(true);
    expect(file.reports.length).toBeGreaterThan(100);
    expect(file.reports.every((r) => r.text.includes("虚构示例数据"))).toBe(true);
    expect(new Set(file.reports.map((r) => r.county)).size).toBe(3);
  });

  it("is deterministic and keeps names unique within a county", () => {
    const a = provinceTownships(400);
    expect(a).toEqual(provinceTownships(400));
    const keys = a.map((t) => `${t.county}/${t.name}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(a.map((t) => t.city)).size).toBe(2);
  });
});
