import { describe, expect, it } from "vitest";
import samples from "../../data/extracted/reports.json";
import { toContractRecord } from "../../src/data";
import type { StoredReport } from "../../src/domain";
import {
  conflictsOf,
  kindOfJson,
  parseCliDataset,
  parseWorkspaceFile,
  readJson,
} from "../../src/workspace/file";
import type { ImportedReport, WorkspaceFile } from "../../src/workspace/types";

const first = samples.reports[0] as unknown as StoredReport;
const key = `sha256:${"a".repeat(64)}`;

function imported(r: StoredReport, k = key): ImportedReport {
  const { text, ...record } = r;
  return { key: k, file: r.file, importedAt: "2026-01-01T00:00:00.000Z", engineVersion: "1", record, text };
}

function workspace(reports: ImportedReport[]): WorkspaceFile {
  return {
    format: "township-rule-of-law-workspace",
    version: 1,
    exportedAt: "2026-01-02T00:00:00.000Z",
    county: { code: "500101", name: "万州区" },
    roster: [{ code: null, name: "新乡镇" }],
    reports,
    corrections: [],
    reviewer: "张三",
  };
}

describe("CLI data sets", () => {
  it("accepts directory mode's reports.json and keeps every report", () => {
    const r = parseCliDataset(samples, "reports.json");
    expect(r.ok && r.value.map((x) => x.id)).toEqual(samples.reports.map((x) => x.id));
    expect(kindOfJson(samples)).toBe("dataset");
  });

  it("accepts --json output (no texts) and rebuilds a text the evidence offsets point into", () => {
    const json = { reports: samples.reports.map((r) => toContractRecord(r as unknown as StoredReport)) };
    const r = parseCliDataset(json, "out.json");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const o = r.value[0]!.indicators[0]!;
    expect(r.value[0]!.text.slice(o.evidence.start, o.evidence.end)).toBe(o.evidence.text);
  });

  it("names the file and the problem for a malformed data set", () => {
    const bad = { reports: [{ ...first, year: "2023" }] };
    const r = parseCliDataset(bad, "坏数据.json");
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/《坏数据.json》.*reports\[0\]\.year/);
    expect(readJson("{oops", "x.json")).toEqual({
      ok: false,
      reason: "《x.json》不是有效的 JSON 文件，无法读取",
    });
  });
});

describe("workspace files", () => {
  it("accepts a well-formed file and returns it unchanged", () => {
    const file = workspace([imported(first)]);
    const r = parseWorkspaceFile(JSON.parse(JSON.stringify(file)), "ws.json");
    expect(r).toEqual({ ok: true, value: file });
    expect(kindOfJson(file)).toBe("workspace");
  });

  it("refuses a file from a newer version by saying so", () => {
    const r = parseWorkspaceFile({ ...workspace([]), version: 2 }, "新版.json");
    expect(!r.ok && r.reason).toMatch(/《新版.json》由更新版本的程序导出.*版本 2/);
  });

  it("refuses a report whose evidence does not match its text", () => {
    const r0 = imported(first);
    const r = parseWorkspaceFile(workspace([{ ...r0, text: "另一段文字" }]), "ws.json");
    expect(!r.ok && r.reason).toMatch(/《ws.json》不是有效的工作区文件：.*超出正文范围|不符/);
  });

  it("lists a report both sides hold with different corrections as a conflict", () => {
    const a = workspace([imported(first)]);
    const b = {
      ...a,
      corrections: [
        { kind: "meta" as const, id: "c1", key, at: "2026", by: "李四", field: "year" as const, value: 2020 },
      ],
    };
    expect(conflictsOf(a, a)).toEqual([]);
    expect(conflictsOf(a, b)).toEqual([
      { key, file: first.file, detail: "校对记录不同（本工作区 0 条，文件中 1 条）" },
    ]);
  });
});
