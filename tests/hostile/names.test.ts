// Names at the data boundary (issue 10): whatever a data set file says a township or county is
// called, what the app holds is at most 40 characters with no control, format or bidi characters,
// and a record whose name is a built-in object key (__proto__, constructor, …) is left out with a
// message that says which record and why, while the rest of the data set loads.
import { describe, expect, it } from "vitest";
import { parseDataset } from "../../src/data";
import { datasetJson, report } from "../data/fixtures";

const BUILT_IN_KEYS = Object.getOwnPropertyNames(Object.prototype);

function loaded(reports: unknown[]) {
  const r = parseDataset(datasetJson(reports));
  if (!r.ok) throw new Error(`data set refused: ${r.reason}`);
  return r.data;
}

describe("a record named like a built-in object key", () => {
  it("covers every Object.prototype key, __proto__ among them", () => {
    expect(BUILT_IN_KEYS).toEqual(
      expect.arrayContaining(["__proto__", "constructor", "toString", "hasOwnProperty"]),
    );
  });

  it.each(BUILT_IN_KEYS)("township %s: that record is left out, the others load", (key) => {
    const data = loaded([report(), report({ id: `2023-示例县-${key}`, township: key }), report({ id: "b" })]);
    expect(data.reports.map((r) => r.id)).toEqual(["2023-示例县-青石镇", "b"]);
    expect(data.rejected).toHaveLength(1);
    expect(data.rejected?.[0]).toContain("reports[1]");
    expect(data.rejected?.[0]).toContain(key);
    expect(data.rejected?.[0]).toMatch(/乡镇名称/);
  });

  it.each(["__proto__", "constructor", "valueOf"])("county %s: left out with a message", (key) => {
    const data = loaded([report({ county: key }), report({ id: "b" })]);
    expect(data.reports.map((r) => r.id)).toEqual(["b"]);
    expect(data.rejected?.[0]).toMatch(/reports\[0\].*县名称/);
  });

  it.each(["__proto__", "constructor"])("report id %s: left out with a message", (key) => {
    const data = loaded([report({ id: key }), report({ id: "b" })]);
    expect(data.reports.map((r) => r.id)).toEqual(["b"]);
    expect(data.rejected?.[0]).toMatch(/reports\[0\].*报告ID/);
  });

  it("a JSON file whose record really has an own __proto__ key (JSON.parse makes it an own property)", () => {
    const json = JSON.parse(
      JSON.stringify(datasetJson([report(), report({ id: "x" })])).replace(
        '"township":"青石镇"',
        '"township":"__proto__"',
      ),
    );
    const data = loaded(json.reports);
    expect(data.reports.map((r) => r.id)).toEqual(["x"]);
    expect(({} as Record<string, unknown>).township).toBeUndefined();
  });

  it("a clean data set has no rejected list", () => {
    expect(loaded([report()]).rejected).toBeUndefined();
  });
});

describe("names are cleaned", () => {
  it.each([
    ["right-to-left override", "青\u202E石镇", "青石镇"],
    ["isolates", "\u2066青石镇\u2069", "青石镇"],
    ["left-to-right embedding and pop", "\u202A青石\u202C镇", "青石镇"],
    ["zero-width and BOM (format characters)", "青\u200B石\uFEFF镇\u00AD", "青石镇"],
    ["control characters and NUL", "青\u0000石\u0007镇\n", "青石镇"],
    ["a lone surrogate", "青\uD800石镇", "青石镇"],
  ])("%s are removed from the township", (_what, raw, clean) => {
    expect(loaded([report({ township: raw })]).reports[0]?.township).toBe(clean);
  });

  it("the county too", () => {
    expect(loaded([report({ county: "示\u202E例县" })]).reports[0]?.county).toBe("示例县");
  });

  it("a 3,000-character name is cut to 40 characters, ending in …", () => {
    const name = loaded([report({ township: "长".repeat(3000) + "镇" })]).reports[0]?.township ?? "";
    expect([...name]).toHaveLength(40);
    expect(name.endsWith("…")).toBe(true);
  });

  it("cutting never splits a character outside the BMP", () => {
    const name = loaded([report({ township: "𠀀".repeat(100) })]).reports[0]?.township ?? "";
    expect([...name]).toHaveLength(40);
    expect(name).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it("a name of 40 characters is kept whole", () => {
    const name = "长".repeat(39) + "镇";
    expect(loaded([report({ township: name })]).reports[0]?.township).toBe(name);
  });

  it("a name that is nothing but invisible characters is refused for that record only", () => {
    const data = loaded([report({ township: "\u202E\u200B" }), report({ id: "b" })]);
    expect(data.reports.map((r) => r.id)).toEqual(["b"]);
    expect(data.rejected?.[0]).toMatch(/reports\[0\].*乡镇名称/);
  });
});
