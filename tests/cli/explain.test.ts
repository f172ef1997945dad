// --explain: every candidate a parser proposed appears with its rule, and what each refiner did
// with it (changed, merged into a derived figure, dropped) with the refiner's reason.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { explainText } from "../../src/cli/explain";
import { parseArgs } from "../../src/cli/args";

const root = resolve(__dirname, "../..");
const file = "data/reports/2023-zhuanghe-taipingling.txt";
const lines = explainText(readFileSync(resolve(root, file), "utf8"), file);
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
});
