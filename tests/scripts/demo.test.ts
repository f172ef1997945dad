// The fictional county 示例县 (data/demo) is bundled with the app, so the committed files must be
// exactly what `npm run demo` writes: the texts and truth from the generator, the extracted data
// from the current engine. And the engine should read back most of what the generator wrote.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDataset } from "../../src/data";
import { composeReport, FICTION_NOTE } from "../../scripts/demo/compose";
import { generateDemo, type DemoOutput } from "../../scripts/demo/generate";
import { describeRecovery, scoreRecovery } from "../../scripts/demo/score";
import { TOWNSHIPS, YEARS } from "../../scripts/demo/townships";

const COMMITTED = "data/demo";
let dir = "";
let out: DemoOutput;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "demo-"));
  out = await generateDemo(dir);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const read = (root: string, rel: string) => readFileSync(join(root, rel));

describe("the demo generator", () => {
  it("writes at least 12 townships × 4 years, with some years missing on purpose", () => {
    expect(TOWNSHIPS.length).toBeGreaterThanOrEqual(12);
    expect(new Set(TOWNSHIPS.map((t) => t.unit))).toEqual(new Set(["镇", "乡", "街道"]));
    expect(out.truth.cases.length + out.absent.length).toBe(TOWNSHIPS.length * YEARS.length);
    expect(out.absent.length).toBeGreaterThan(0);
  });

  it("marks every text as fictional on its first line", () => {
    for (const name of readdirSync(join(dir, "reports"))) {
      const first = read(join(dir, "reports"), name).toString("utf8").split("\n")[0];
      expect(first).toBe(FICTION_NOTE);
      expect(first).toContain("虚构示例数据");
    }
  });

  it("is deterministic: composing twice gives the same text", () => {
    const t = TOWNSHIPS[0];
    if (!t) throw new Error("no townships");
    expect(composeReport(t, 2023)).toEqual(composeReport(t, 2023));
  });

  it("builds in the gaps and recurrences the dashboard is meant to show", () => {
    const cases = out.truth.cases;
    // Some township never states legal-advisor coverage in any year.
    const silent = TOWNSHIPS.filter((t) =>
      cases
        .filter((c) => c.township === t.name)
        .every((c) => c.missing.includes("legal_advisor_coverage_pct")),
    );
    expect(silent.length).toBeGreaterThan(0);
    // Some problem is reported three years running by one township.
    const threeYears = TOWNSHIPS.some((t) =>
      Object.keys(t.recurring).some(
        (cat) =>
          cases.filter((c) => c.township === t.name && c.shortcomings.required.includes(cat as never))
            .length >= 3,
      ),
    );
    expect(threeYears).toBe(true);
    // A stated zero is a value, not a gap.
    expect(cases.some((c) => c.indicators.legal_aid_cases?.[0] === 0)).toBe(true);
  });

  it("the committed report texts and truth are what the generator writes (else run npm run demo)", () => {
    const names = readdirSync(join(dir, "reports")).sort();
    expect(readdirSync(join(COMMITTED, "reports")).sort()).toEqual(names);
    for (const name of names) {
      expect(read(join(COMMITTED, "reports"), name).equals(read(join(dir, "reports"), name)), name).toBe(
        true,
      );
    }
    expect(read(COMMITTED, "truth.json").toString()).toBe(read(dir, "truth.json").toString());
  });

  it("the committed extracted data is what the current engine gives (else run npm run demo)", () => {
    for (const name of ["reports.json", "indicators.csv", "shortcomings.csv"]) {
      const rel = join("extracted", name);
      expect(read(COMMITTED, rel).equals(read(dir, rel)), `${rel} is stale: run npm run demo`).toBe(true);
    }
  });

  it("the committed data set passes the boundary validator and is marked fictional", () => {
    const parsed = parseDataset(JSON.parse(read(COMMITTED, "extracted/reports.json").toString()));
    expect(parsed).toMatchObject({ ok: true, data: { id: "demo", fictional: true } });
  });
});

describe("the extractor on the demo county", () => {
  it("recovers most of what the generator wrote", (ctx) => {
    const score = scoreRecovery(out.truth.cases, out.dataset.reports);
    console.log(`demo recovery: ${describeRecovery(score)}`);
    if (out.dataset.reports.every((r) => r.indicators.length === 0)) {
      ctx.skip("the extraction engine is still the placeholder");
    }
    expect(score.recovered / score.total).toBeGreaterThanOrEqual(0.85);
    expect(score.wrong / score.total).toBeLessThanOrEqual(0.05);
    expect(score.metaRight / score.reports).toBeGreaterThanOrEqual(0.85);
    expect(score.shortcomingsFound / score.shortcomingsExpected).toBeGreaterThanOrEqual(0.75);
  });
});
