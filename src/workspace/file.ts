// The JSON files the import accepts besides report files: a workspace file (导出工作区's output)
// and a data set the CLI wrote (directory mode's reports.json, or --json's { reports: [...] }).
// Each is checked field by field; a problem becomes one Chinese sentence naming the file.
import { parseReport } from "../data";
import type { StoredReport } from "../domain";
import { newerVersionText } from "./errors";
import { WORKSPACE_VERSION, type Correction, type ImportedReport, type WorkspaceFile } from "./types";

export const WORKSPACE_FORMAT = "township-rule-of-law-workspace";

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

/** What a JSON file is: a workspace file, a CLI data set, or neither. */
export function kindOfJson(json: unknown): "workspace" | "dataset" | null {
  if (!isObj(json)) return null;
  if (json.format === WORKSPACE_FORMAT) return "workspace";
  if (Array.isArray(json.reports)) return "dataset";
  return null;
}

/** Reads JSON text; a syntax error is the file's problem, stated in Chinese. */
export function readJson(text: string, fileName: string): Parsed<unknown> {
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, "")) as unknown };
  } catch {
    return { ok: false, reason: `《${fileName}》不是有效的 JSON 文件，无法读取` };
  }
}

/**
 * A CLI data set's reports. The --json output carries no report text, so a text is rebuilt from
 * the evidence (each quoted span at its offsets, blanks between): evidence still opens on the
 * right words, and the offsets are checked the same way as for a full data set.
 */
export function parseCliDataset(json: unknown, fileName: string): Parsed<StoredReport[]> {
  if (!isObj(json) || !Array.isArray(json.reports))
    return { ok: false, reason: `《${fileName}》不是本程序的数据集：缺少 reports 数组` };
  if (typeof json.schemaVersion === "number" && json.schemaVersion > 1)
    return {
      ok: false,
      reason: `《${fileName}》的数据集版本为 ${json.schemaVersion}，本程序只支持到版本 1，请更新程序`,
    };
  try {
    const reports = json.reports.map((r, i) =>
      parseReport(
        isObj(r) && typeof r.text !== "string" ? { ...r, text: textFromSpans(r) } : r,
        `reports[${i}]`,
      ),
    );
    return { ok: true, value: reports };
  } catch (e) {
    return { ok: false, reason: `《${fileName}》数据集格式错误：${(e as Error).message}` };
  }
}

function textFromSpans(r: Obj): string {
  const spans: { start: number; end: number; text: string }[] = [];
  const add = (e: unknown) => {
    if (isObj(e) && typeof e.start === "number" && typeof e.text === "string" && e.start >= 0)
      spans.push({ start: e.start, end: e.start + e.text.length, text: e.text });
  };
  for (const o of Array.isArray(r.indicators) ? r.indicators : []) {
    if (!isObj(o)) continue;
    add(o.evidence);
    for (const s of Array.isArray(o.sources) ? o.sources : []) add(s);
  }
  for (const s of Array.isArray(r.shortcomings) ? r.shortcomings : []) add(s);
  const length = Math.max(0, ...spans.map((s) => s.end));
  const chars = Array.from({ length }, () => " ");
  for (const s of spans) for (let i = 0; i < s.text.length; i++) chars[s.start + i] = s.text.charAt(i);
  return chars.join("");
}

/** A workspace file, checked; one from a newer version of the program is refused by name. */
export function parseWorkspaceFile(json: unknown, fileName: string): Parsed<WorkspaceFile> {
  const bad = (what: string): Parsed<WorkspaceFile> => ({
    ok: false,
    reason: `《${fileName}》不是有效的工作区文件：${what}`,
  });
  if (!isObj(json) || json.format !== WORKSPACE_FORMAT) return bad("缺少工作区格式标记");
  if (typeof json.version !== "number" || !Number.isInteger(json.version)) return bad("version 应为整数");
  if (json.version > WORKSPACE_VERSION)
    return {
      ok: false,
      reason: newerVersionText(`《${fileName}》`, "导出", json.version, WORKSPACE_VERSION, "导入"),
    };
  if (json.version < 1) return bad(`不认识的版本 ${json.version}`);
  if (typeof json.exportedAt !== "string") return bad("exportedAt 应为字符串");
  if (!Array.isArray(json.reports)) return bad("reports 应为数组");
  if (!Array.isArray(json.corrections)) return bad("corrections 应为数组");
  const reports: ImportedReport[] = [];
  const keys = new Set<string>();
  for (const [i, r] of json.reports.entries()) {
    const path = `reports[${i}]`;
    if (!isObj(r)) return bad(`${path} 应为对象`);
    for (const f of ["key", "file", "importedAt", "engineVersion", "text"] as const)
      if (typeof r[f] !== "string") return bad(`${path}.${f} 应为字符串`);
    if (!/^sha256:[0-9a-f]{64}$/.test(r.key as string)) return bad(`${path}.key 不是有效的导入键`);
    if (keys.has(r.key as string)) return bad(`${path}.key 重复`);
    keys.add(r.key as string);
    if (r.primary !== undefined && typeof r.primary !== "boolean")
      return bad(`${path}.primary 应为 true 或 false`);
    try {
      parseReport({ ...(isObj(r.record) ? r.record : {}), text: r.text }, `${path}.record`);
    } catch (e) {
      return bad((e as Error).message);
    }
    if (!isObj(r.record)) return bad(`${path}.record 应为对象`);
    reports.push(r as unknown as ImportedReport);
  }
  const ids = new Set<string>();
  for (const [i, c] of json.corrections.entries()) {
    const path = `corrections[${i}]`;
    if (!isObj(c)) return bad(`${path} 应为对象`);
    if (!["figure", "meta", "shortcoming"].includes(c.kind as string)) return bad(`${path}.kind 不认识`);
    for (const f of ["id", "key", "at", "by"] as const)
      if (typeof c[f] !== "string") return bad(`${path}.${f} 应为字符串`);
    if (ids.has(c.id as string)) return bad(`${path}.id 重复`);
    ids.add(c.id as string);
  }
  const county = json.county;
  if (county !== null && !(isObj(county) && typeof county.name === "string")) return bad("county 格式不对");
  const roster = json.roster;
  if (
    roster !== null &&
    !(Array.isArray(roster) && roster.every((e) => isObj(e) && typeof e.name === "string"))
  )
    return bad("roster 格式不对");
  if (json.reviewer !== null && typeof json.reviewer !== "string") return bad("reviewer 应为字符串");
  return {
    ok: true,
    value: {
      format: WORKSPACE_FORMAT,
      version: WORKSPACE_VERSION,
      exportedAt: json.exportedAt,
      county: county as WorkspaceFile["county"],
      roster: roster as WorkspaceFile["roster"],
      reports,
      corrections: json.corrections as Correction[],
      reviewer: json.reviewer as string | null,
    },
  };
}

export interface MergeConflict {
  key: string;
  file: string;
  /** Which side's report the user is choosing between, in words. */
  detail: string;
}

/** Reports both workspaces hold whose record or corrections differ: the user picks per report. */
export function conflictsOf(
  current: Pick<WorkspaceFile, "reports" | "corrections">,
  incoming: Pick<WorkspaceFile, "reports" | "corrections">,
): MergeConflict[] {
  const here = new Map(current.reports.map((r) => [r.key, r]));
  const sig = (cs: readonly Correction[], key: string) =>
    JSON.stringify(
      cs
        .filter((c) => c.key === key)
        .map((c) => c.id)
        .sort(),
    );
  const out: MergeConflict[] = [];
  for (const r of incoming.reports) {
    const mine = here.get(r.key);
    if (!mine) continue;
    const sameRecord = JSON.stringify(mine.record) === JSON.stringify(r.record) && mine.primary === r.primary;
    const mineC = current.corrections.filter((c) => c.key === r.key).length;
    const theirC = incoming.corrections.filter((c) => c.key === r.key).length;
    const sameCorrections = sig(current.corrections, r.key) === sig(incoming.corrections, r.key);
    if (sameRecord && sameCorrections) continue;
    out.push({
      key: r.key,
      file: r.file,
      detail: sameRecord
        ? `校对记录不同（本工作区 ${mineC} 条，文件中 ${theirC} 条）`
        : `提取结果不同（引擎版本：本工作区 ${mine.engineVersion}，文件中 ${r.engineVersion}）`,
    });
  }
  return out;
}
