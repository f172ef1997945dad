// One import batch: report files (through the Worker), CLI data sets and workspace files, into the
// workspace. Each bad file becomes a Chinese message naming it; the rest of the batch still imports;
// a second report for a township and year already present asks replace / keep both / skip.
// Writes go to IndexedDB in transactions of a few reports: a failure (quota) stops the batch and
// leaves everything stored before it intact.
import { version as ENGINE_VERSION } from "../../package.json";
import { townshipKey } from "../derive/townships";
import type { StoredReport } from "../domain";
import * as db from "./db";
import { WorkspaceStorageError } from "./errors";
import { extractAll, type ExtractProgress } from "./extract";
import {
  conflictsOf,
  kindOfJson,
  parseCliDataset,
  parseWorkspaceFile,
  readJson,
  type MergeConflict,
} from "./file";
import { importKeyOf } from "./keys";
import type { ImportedReport, WorkspaceFile } from "./types";

export type DuplicateChoice = "replace" | "keep_both" | "skip";
export interface DuplicateAnswer {
  choice: DuplicateChoice;
  /** Use the same answer for every later duplicate of this batch. */
  applyToRest: boolean;
}
export interface DuplicateQuestion {
  township: string;
  year: number;
  incoming: string;
  existing: string;
}
export interface WorkspaceAnswer {
  mode: "merge" | "replace";
  /** Reports in conflict for which the file's version wins. */
  takeIncoming: Set<string>;
}

export interface ImportHooks {
  onProgress?: (p: ExtractProgress) => void;
  askDuplicate: (q: DuplicateQuestion) => Promise<DuplicateAnswer>;
  /** A workspace file into a non-empty workspace: merge (per-report conflicts) or replace; null = skip it. */
  askWorkspace: (name: string, conflicts: MergeConflict[]) => Promise<WorkspaceAnswer | null>;
  signal?: AbortSignal;
}

export interface ImportSummary {
  added: string[];
  replaced: number;
  keptBoth: number;
  skipped: { file: string; reason: string }[];
  problems: { file: string; reason: string }[];
  workspaces: number;
  cancelled: boolean;
  /** The batch stopped because storage failed (quota, storage gone): the message to show. */
  storageError: string | null;
}

export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

const isJson = (name: string) => /\.json$/i.test(name);
const BATCH = 40;

export async function importFiles(files: readonly InputFile[], hooks: ImportHooks): Promise<ImportSummary> {
  const summary: ImportSummary = {
    added: [],
    replaced: 0,
    keptBoth: 0,
    skipped: [],
    problems: [],
    workspaces: 0,
    cancelled: false,
    storageError: null,
  };
  const candidates: { name: string; key: string; record: StoredReport }[] = [];
  try {
    for (const f of files.filter((x) => isJson(x.name))) {
      if (hooks.signal?.aborted) break;
      await readJsonFile(f, candidates, summary, hooks);
    }
    const outcomes = await extractAll(
      files.filter((x) => !isJson(x.name)),
      { signal: hooks.signal, onProgress: hooks.onProgress },
    );
    for (const o of outcomes) {
      if (o.ok) candidates.push({ name: o.name, key: o.key, record: o.record });
      else summary.problems.push({ file: o.name, reason: o.reason });
    }
    summary.cancelled = hooks.signal?.aborted ?? false;
    await store(candidates, summary, hooks);
  } catch (e) {
    if (!(e instanceof WorkspaceStorageError)) throw e;
    summary.storageError = e.message;
  }
  return summary;
}

async function readJsonFile(
  f: InputFile,
  candidates: { name: string; key: string; record: StoredReport }[],
  summary: ImportSummary,
  hooks: ImportHooks,
) {
  const problem = (reason: string) => {
    summary.problems.push({ file: f.name, reason });
  };
  if (f.bytes.length === 0) return problem(`《${f.name}》：文件为空`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(f.bytes);
  } catch {
    return problem(`《${f.name}》不是 UTF-8 编码的 JSON 文件，无法读取`);
  }
  const json = readJson(text, f.name);
  if (!json.ok) return problem(json.reason);
  const kind = kindOfJson(json.value);
  if (kind === "workspace") {
    const parsed = parseWorkspaceFile(json.value, f.name);
    if (!parsed.ok) return problem(parsed.reason);
    await importWorkspace(f.name, parsed.value, hooks, summary);
    return;
  }
  if (kind === "dataset") {
    const parsed = parseCliDataset(json.value, f.name);
    if (!parsed.ok) return problem(parsed.reason);
    for (const record of parsed.value) {
      if (record.error) {
        problem(`《${f.name}》中的《${record.file}》：${record.error}`);
        continue;
      }
      const key = await importKeyOf(`${f.name}\n${JSON.stringify(record)}`);
      candidates.push({ name: `${f.name}/${record.file}`, key, record });
    }
    return;
  }
  return problem(`《${f.name}》既不是工作区文件，也不是本程序导出的数据集（缺少 reports 或工作区格式标记）`);
}

async function importWorkspace(
  name: string,
  file: WorkspaceFile,
  hooks: ImportHooks,
  summary: ImportSummary,
) {
  const current = await db.exportFile();
  if (current.reports.length === 0) {
    await db.importFile(file, "merge");
  } else {
    const answer = await hooks.askWorkspace(name, conflictsOf(current, file));
    if (!answer) {
      summary.skipped.push({ file: name, reason: "未导入（已取消）" });
      return;
    }
    await db.importFile(file, answer.mode, answer.takeIncoming);
  }
  summary.workspaces++;
}

const slotOf = (r: StoredReport) => (r.year === null || !r.township ? null : `${townshipKey(r)}|${r.year}`);

async function store(
  candidates: readonly { name: string; key: string; record: StoredReport }[],
  summary: ImportSummary,
  hooks: ImportHooks,
) {
  const existing = await db.reports();
  const keys = new Set(existing.map((r) => r.key));
  /** slot → key of the primary report there (stored or earlier in this batch). */
  const primaryAt = new Map<string, { key: string; file: string }>();
  for (const r of existing) {
    const slot = r.primary === false ? null : slotOf({ ...r.record, text: "" });
    if (slot) primaryAt.set(slot, { key: r.key, file: r.file });
  }
  let standing: DuplicateAnswer | null = null;
  const now = new Date().toISOString();
  const batch: ImportedReport[] = [];
  /** successor key → the stored report it replaces (deleted in the same transaction). */
  const replaces = new Map<string, string>();
  for (const c of candidates) {
    if (keys.has(c.key)) {
      summary.skipped.push({ file: c.name, reason: "工作区中已有同一文件，未重复导入" });
      continue;
    }
    const { text, ...record } = c.record;
    const item: ImportedReport = {
      key: c.key,
      file: c.name,
      importedAt: now,
      engineVersion: ENGINE_VERSION,
      record,
      text,
    };
    const slot = slotOf(c.record);
    const there = slot ? primaryAt.get(slot) : undefined;
    if (slot && there) {
      const answer: DuplicateAnswer =
        standing ??
        (await hooks.askDuplicate({
          township: c.record.township ?? "",
          year: c.record.year as number,
          incoming: c.name,
          existing: there.file,
        }));
      if (answer.applyToRest) standing = answer;
      if (answer.choice === "skip") {
        summary.skipped.push({ file: c.name, reason: "同一乡镇同一年度已有报告，按选择跳过" });
        continue;
      }
      if (answer.choice === "keep_both") {
        item.primary = false;
        summary.keptBoth++;
      } else {
        const inBatch = batch.findIndex((b) => b.key === there.key);
        if (inBatch >= 0) {
          batch.splice(inBatch, 1);
          const older = replaces.get(there.key);
          if (older) replaces.set(c.key, older);
        } else replaces.set(c.key, there.key);
        primaryAt.set(slot, { key: c.key, file: c.name });
        summary.replaced++;
      }
    } else if (slot) primaryAt.set(slot, { key: c.key, file: c.name });
    keys.add(c.key);
    batch.push(item);
  }
  for (let i = 0; i < batch.length; i += BATCH) {
    const slice = batch.slice(i, i + BATCH);
    // A replaced report is deleted in the transaction that stores its successor: never one without the other.
    const remove = slice.flatMap((r) => (replaces.has(r.key) ? [replaces.get(r.key) as string] : []));
    await db.putReports(slice, remove);
    summary.added.push(...slice.map((r) => r.key));
  }
}
