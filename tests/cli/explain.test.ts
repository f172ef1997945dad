// --explain: every candidate a parser proposed appears with its rule, and what each refiner did
// with it (changed, merged into a derived figure, dropped) with the refiner's reason.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { explainText } from "../../src/cli/explain";
import { parseArgs } from "../../src/cli/args";
import { readDivisions } from "../../src/geo/node";

const root = resolve(__dirname, "../..");
const file = "data/reports/2023-zhuanghe-taipingling.txt";
const lines = explainText(readFileSync(resolve(root, file), "utf8"), file, { divisions: readDivisions() });
const text = lines.join("\n");

describe("--explain", () => {
  it("is an option of the extractor", () => {
    expect(parseArgs(["--explain", "a.txt"])).toMatchObject({ explain: true, files: ["a.txt"] });
  });

  it("lists every parser and each candidate with its rule and evidence", () => {
    for (const p of ["legal-advisor", "villages", "disputes", "publicity", "services", "governance"])
      expect(text).toContain(`-- parser ${p}:`);
    expect(text).toMatch(
      /#\d+ publicity_events = 2次 {2}«送法进校园2次» @\d+ {2}rule publicity\.events-count/,
    );
  });

  it("says which refiner merged, dropped or changed a candidate, and why", () => {
    const after = (needle: string) => lines[lines.findIndex((l) => l.includes(needle)) + 1] ?? "";
    expect(after("«送法进校园2次»")).toMatch(/→ sumParts: merged into D\d+ — only parts: their sum/);
    expect(after("«普法宣传活动6次»")).toMatch(/→ dropSubScope: dropped — the legal advisor's own events/);
    expect(after("«发放宣传资料1万余份»")).toContain("→ scopeOfParts: changed (total 1→0)");
    expect(after("«排查出纠纷67件»")).toBe("      → in the record");
    expect(text).toMatch(/D\d+ publicity_events = 12次 .*\n\s+→ sumParts: derived from #\d+ #\d+ #\d+ #\d+/);
  });

  it("ends with the record's figures, each with its rule", () => {
    const record = lines.slice(lines.indexOf("-- record"));
    expect(record).toContain(
      "  disputes_handled = 67件  rule disputes.mediated-count  (stated)  «排查出纠纷67件»",
    );
    expect(
      record.some((l) => l.startsWith("  publicity_events = 12次  rule publicity.events-sum  (derived:")),
    ).toBe(true);
  });

  it("names the official unit, or why there is none", () => {
    expect(lines[1]).toBe("   区划 210283208 辽宁省大连市庄河市太平岭满族乡 (stated)");
    const none = explainText("正文没有标题。全年开展普法宣传活动12场。", "x.txt", {
      divisions: readDivisions(),
    });
    expect(none[0]).toContain("乡镇 （不详）");
    expect(none[1]).toBe("   区划 （未定：正文未写乡镇）");
  });

  it("names, for every dropped candidate, the figure the record keeps instead", () => {
    const drops = lines.filter((l) => l.includes(": dropped"));
    expect(drops.length).toBeGreaterThan(0);
    for (const d of drops) expect(d).toMatch(/; the record (keeps [#D]\d+|has no [a-z_]+)$/);
  });

  it("lists each shortcoming with its category and words", () => {
    const at = lines.findIndex((l) => l.startsWith("  shortcomings: "));
    expect(Number(lines[at]?.slice("  shortcomings: ".length))).toBeGreaterThan(0);
    expect(lines[at + 1]).toMatch(/^ {4}[a-z_]+ {2}«.+» @\d+$/);
  });
});
