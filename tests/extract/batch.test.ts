// extractReports (src/extract/engine.ts runEngines) takes several reports through the pipeline
// stage by stage: each record must equal what extractReport makes of that report alone.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractReport, extractReports } from "../../src/extract";
import { readDivisions } from "../../src/geo/node";
import { textFiles } from "./helpers";

const INPUTS = ["data/reports", "data/demo/reports", "tests/fixtures"]
  .flatMap(textFiles)
  .sort()
  .map((f) => ({ rawText: readFileSync(f, "utf8"), fileName: f.split("/").pop() as string }));

describe("extractReports", () => {
  it("makes of each report, in order, the record extractReport makes of it alone", () => {
    const divisions = readDivisions();
    const alone = INPUTS.map(({ rawText, fileName }) => extractReport(rawText, fileName, { divisions }));
    expect(INPUTS.length).toBeGreaterThan(50);
    expect(extractReports(INPUTS, { divisions })).toEqual(alone);
    // A batch of one, an empty batch, and one without the division list.
    expect(extractReports(INPUTS.slice(3, 4), { divisions })).toEqual(alone.slice(3, 4));
    expect(extractReports([])).toEqual([]);
    expect(extractReports(INPUTS.slice(0, 5))).toEqual(
      INPUTS.slice(0, 5).map(({ rawText, fileName }) => extractReport(rawText, fileName)),
    );
  }, 60_000);
});
