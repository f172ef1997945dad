// A .doc goes through the one recipe (src/data/from-files.ts) like its text twin: the engine reads
// the same figures, township and year from both, in the page's Worker recipe and in the CLI.
import { describe, expect, it } from "vitest";
import { extractPaths } from "../../src/cli/dataset";
import { extractFile } from "../../src/data/from-files";
import type { StoredReport } from "../../src/domain";
import { docBytes, DOC_PATH, TXT_PATH, WPS_PATH } from "./doc-fixture";

const figures = (r: StoredReport) => ({
  township: r.township,
  year: r.year,
  indicators: r.indicators.map((i) => [i.id, i.value]).sort(),
  shortcomings: r.shortcomings.length,
});

describe(".doc through the recipe", () => {
  it("extracts what the same text as .txt gives", async () => {
    const doc = await extractFile(docBytes(), "青石镇2023年报告.doc");
    const txt = await extractFile(docBytes(TXT_PATH), "青石镇2023年报告.txt");
    if (!doc.ok || !txt.ok) throw new Error(`not read: ${JSON.stringify([doc, txt])}`);
    expect(doc.format).toBe("doc");
    expect(figures(doc.record)).toEqual(figures(txt.record));
    expect(figures(doc.record)).toMatchObject({ township: "青石镇", year: 2023 });
    expect(doc.record.indicators.length).toBeGreaterThan(2);
  });

  it("the CLI reads .doc and .wps like the .txt", async () => {
    const [doc, wps, txt] = await extractPaths([
      { path: DOC_PATH, name: "青石镇.doc" },
      { path: WPS_PATH, name: "青石镇.wps" },
      { path: TXT_PATH, name: "青石镇.txt" },
    ]);
    expect(doc?.error).toBeUndefined();
    expect(figures(doc!)).toEqual(figures(txt!));
    expect(figures(wps!)).toEqual(figures(txt!));
  }, 120_000);
});
