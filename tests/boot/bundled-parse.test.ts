// A bundled records file small enough to parse on the main thread (src/data/bundled.ts) is checked
// exactly as the records worker checks it, and a broken one says why in Chinese.
import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { BUNDLED_FILES, splitDatasetFile } from "../../scripts/build/split";

vi.mock("virtual:datasets", () => ({ default: {} }));
const { MAIN_THREAD_LIMIT, parseRecordsText } = await import("../../src/data/bundled");

const samples = () => {
  const f = BUNDLED_FILES.find((x) => x.id === "samples");
  if (!f) throw new Error("samples");
  return splitDatasetFile(JSON.parse(readFileSync(f.path, "utf8")), f.path).records;
};

describe("records parsed on the main thread", () => {
  it("the samples are small enough, and parse to their five records", () => {
    const text = samples();
    expect(text.length).toBeLessThan(MAIN_THREAD_LIMIT);
    const r = parseRecordsText(text);
    expect(r.ok && r.data.reports.length).toBe(5);
  });

  it("a truncated file or one of the wrong shape is refused with a reason", () => {
    const cut = parseRecordsText(samples().slice(0, 500));
    expect(cut.ok).toBe(false);
    if (!cut.ok) expect(cut.reason).toMatch(/^读取数据文件失败：/);
    const wrong = parseRecordsText(
      JSON.stringify({ schemaVersion: 1, dataset: "x", reports: [{ id: "a" }] }),
    );
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.reason).toContain("reports[0]");
  });
});
