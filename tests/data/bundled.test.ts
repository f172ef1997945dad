import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BUNDLED_FILES, splitDatasetFile } from "../../scripts/build/split";
import { parseRecordsFile } from "../../src/data";

const split = (id: string) => {
  const f = BUNDLED_FILES.find((x) => x.id === id);
  if (!f) throw new Error(id);
  return splitDatasetFile(JSON.parse(readFileSync(f.path, "utf8")), f.path);
};

describe("bundled data sets ship as records + texts", () => {
  it("samples: five real reports, not fictional, records without texts, every text apart", () => {
    const { records, texts } = split("samples");
    const parsed = parseRecordsFile(JSON.parse(records));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.data).toMatchObject({ id: "samples", fictional: false });
    expect(parsed.data.reports).toHaveLength(5);
    expect(records).not.toContain('"text":"（');
    const t = JSON.parse(texts) as Record<string, string>;
    expect(Object.keys(t).sort()).toEqual(parsed.data.reports.map((r) => r.id).sort());
  });

  it("demo: marked fictional, every text starts with the fiction note", () => {
    const { records, texts } = split("demo");
    const parsed = parseRecordsFile(JSON.parse(records));
    expect(parsed.ok && parsed.data.fictional).toBe(true);
    expect(parsed.ok && parsed.data.reports.length).toBeGreaterThanOrEqual(40);
    expect(Object.values(JSON.parse(texts) as Record<string, string>).every((x) => x.startsWith("（虚构示例数据"))).toBe(
      true,
    );
  });

  it("the build refuses a data set whose evidence does not match its text", () => {
    const f = JSON.parse(readFileSync("data/extracted/reports.json", "utf8")) as {
      reports: { text: string }[];
    };
    const first = f.reports[0];
    if (first) first.text = "改过的正文";
    expect(() => splitDatasetFile(f, "x.json")).toThrow(/x\.json: 数据集格式错误/);
  });

  it("a records file is checked for shape without texts", () => {
    const bad = parseRecordsFile({ schemaVersion: 1, dataset: "x", reports: [{ id: "a" }] });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.reason).toContain("reports[0]");
  });
});
