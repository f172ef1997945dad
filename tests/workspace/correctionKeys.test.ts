// Issue 10: no plain-object write keyed by data. A hand-edited workspace file can carry any string
// as a meta correction's `field`; applying it must neither touch a prototype nor add keys to the
// record, and the correction is flagged (unattached), never silently dropped or applied.
import { describe, expect, it } from "vitest";
import samples from "../../data/extracted/reports.json";
import type { StoredReport } from "../../src/domain";
import { parseWorkspaceFile, readJson } from "../../src/workspace/file";
import { datasetOfWorkspace } from "../../src/workspace/source";

const first = samples.reports[0] as unknown as StoredReport;
const key = `sha256:${"b".repeat(64)}`;
const { text, ...record } = first;

function handEdited(fields: string[]): string {
  return JSON.stringify({
    format: "township-rule-of-law-workspace",
    version: 1,
    exportedAt: "2026-01-02T00:00:00.000Z",
    county: null,
    roster: null,
    reviewer: "张三",
    reports: [
      { key, file: first.file, importedAt: "2026-01-01T00:00:00.000Z", engineVersion: "1", record, text },
    ],
    corrections: fields.map((field, i) => ({
      id: `m${i}`,
      kind: "meta",
      key,
      field,
      value: i === 0 ? { polluted: true } : "甲县",
      by: "张三",
      at: `2026-01-02T10:00:0${i}Z`,
    })),
  });
}

describe("meta corrections with a field that is a built-in key", () => {
  it("touch no prototype, add no key, and are flagged as unattached", () => {
    const fields = ["__proto__", "constructor", "toString", "hasOwnProperty"];
    const json = readJson(handEdited(fields), "edited.json");
    if (!json.ok) throw new Error(json.reason);
    const file = parseWorkspaceFile(json.value, "edited.json");
    if (!file.ok) throw new Error(file.reason);
    const [r] = datasetOfWorkspace(file.value, "工作区").reports as (StoredReport & {
      metaReview?: object;
      unattached?: string[];
    })[];
    expect(r).toBeDefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(r!.township).toBe(first.township);
    expect(r!.county).toBe(first.county);
    expect(r!.year).toBe(first.year);
    expect(Object.hasOwn(r!, "constructor")).toBe(false);
    if (r!.metaReview) {
      expect([Object.prototype, null]).toContain(Object.getPrototypeOf(r!.metaReview));
      expect(Object.keys(r!.metaReview)).toEqual([]);
    }
    expect(r!.unattached).toEqual(["m0", "m1", "m2", "m3"]);
  });
});

describe("figure corrections naming no catalogue indicator", () => {
  it("add no figure and are flagged as unattached", () => {
    const json = JSON.parse(handEdited([])) as { corrections: unknown[] };
    json.corrections = ["__proto__", "constructor", "no_such_indicator"].map((indicator, i) => ({
      id: `f${i}`,
      kind: "figure",
      key,
      indicator,
      action: "add",
      value: 7,
      by: "张三",
      at: "2026-01-02T10:00:00Z",
    }));
    const file = parseWorkspaceFile(json, "edited.json");
    if (!file.ok) throw new Error(file.reason);
    const [r] = datasetOfWorkspace(file.value, "工作区").reports as (StoredReport & {
      unattached?: string[];
    })[];
    expect(r!.indicators.map((o) => o.id)).toEqual(first.indicators.map((o) => o.id));
    expect(r!.unattached).toEqual(["f0", "f1", "f2"]);
  });
});
