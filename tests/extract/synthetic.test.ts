// A report written for the tests in another county's style (full-width digits, 3·15 dates, a
// comparison with the year before, a breakdown, a plan section with targets): the engine must
// read it without any rule written for it.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { extractReport } from "../../src/extract";

const raw = readFileSync(resolve(__dirname, "fixtures/synthetic-qingshan.txt"), "utf8");
const r = extractReport(raw, "synthetic-qingshan.txt");
const values = Object.fromEntries(r.indicators.map((o) => [o.id, o.value]));

describe("synthetic report (青山镇)", () => {
  it("metadata", () => {
    expect([r.id, r.township, r.county, r.year]).toEqual(["2023-平江县-青山镇", "青山镇", "平江县", 2023]);
  });

  it("indicators", () => {
    expect(values).toEqual({
      legal_advisor_coverage_pct: 100,
      villages_total: 21,
      disputes_handled: 215,
      disputes_resolved: 209,
      dispute_resolution_pct: 97.2,
      publicity_events: 32,
      publicity_materials: 12000,
      publicity_audience: 12000,
      legal_consultations: 360,
      legal_aid_cases: 12,
      law_literate_persons: 126,
      law_training_sessions: 8,
      enforcement_staff: 18,
      petitions: 23,
      admin_litigation_cases: 0,
    });
    expect(r.missing).toEqual([]);
  });

  it("shortcomings", () => {
    expect(r.shortcomings.map((s) => s.category)).toEqual([
      "publicity_form",
      "workforce",
      "grassroots_knowledge",
    ]);
  });
});
