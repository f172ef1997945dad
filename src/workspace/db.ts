// The workspace in IndexedDB (through `idb`, a ~1 kB wrapper that turns requests into promises and
// types the stores; hand-written request/transaction plumbing would be longer and easier to get
// wrong). One database, four stores:
//   reports      ImportedReport without its text, by import key
//   texts        { key, text }, read only when a report's text is needed (evidence, review)
//   corrections  Correction by id, indexed by import key
//   meta         { id, value }: the county, the roster, the reviewer's name
// Every write is one transaction, so a failure (quota, storage gone) leaves what was stored intact.
// Every write is announced to the other tabs (channel.ts).
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from "idb";
import { workspaceStore } from "../store/workspaceSlice";
import { announce } from "./channel";
import { latestOfTarget } from "../derive/corrections";
import { storageError, WorkspaceStorageError } from "./errors";
import type { Correction, ImportKey, ImportedReport, RosterEntry, WorkspaceFile } from "./types";
import { WORKSPACE_VERSION } from "./types";

export const DB_NAME = "township-rule-of-law-workspace";
const DB_VERSION = 1;

/** An imported report as stored: its text lives in the `texts` store. */
export type StoredImport = Omit<ImportedReport, "text">;

export interface WorkspaceMeta {
  county: { code: string | null; name: string } | null;
  roster: RosterEntry[] | null;
  reviewer: string | null;
}
export type MetaName = keyof WorkspaceMeta;

interface Schema extends DBSchema {
  reports: { key: string; value: StoredImport };
  texts: { key: string; value: { key: string; text: string } };
  corrections: { key: string; value: Correction; indexes: { byKey: string } };
  meta: { key: string; value: { id: string; value: unknown } };
}

let connection: Promise<IDBPDatabase<Schema>> | null = null;

function db(): Promise<IDBPDatabase<Schema>> {
  // Started inside a promise: an indexedDB.open that throws (storage disabled) becomes a rejection.
  connection ??= Promise.resolve()
    .then(() =>
      openDB<Schema>(DB_NAME, DB_VERSION, {
        upgrade(d) {
          d.createObjectStore("reports", { keyPath: "key" });
          d.createObjectStore("texts", { keyPath: "key" });
          d.createObjectStore("corrections", { keyPath: "id" }).createIndex("byKey", "key");
          d.createObjectStore("meta", { keyPath: "id" });
        },
        // Another tab deletes or upgrades the database: let go so it can.
        blocking() {
          void connection?.then((c) => c.close());
          connection = null;
        },
        terminated() {
          connection = null;
        },
      }),
    )
    .catch((e: unknown) => {
      connection = null;
      throw storageError(e, "打开工作区");
    });
  return connection;
}

async function guard<T>(doing: string, work: (d: IDBPDatabase<Schema>) => Promise<T>): Promise<T> {
  const d = await db();
  try {
    return await work(d);
  } catch (e) {
    throw storageError(e, doing);
  }
}

/** Runs writes in one transaction; if any write throws, the whole transaction is aborted. */
async function atomically<T extends { abort(): void; done: Promise<void> }>(
  tx: T,
  build: (tx: T, writes: Promise<unknown>[]) => Promise<unknown>,
): Promise<void> {
  // Every request goes into `writes`: if one throws, the others (which then fail with AbortError)
  // are still handled, so nothing surfaces as an unhandled rejection.
  const writes: Promise<unknown>[] = [];
  const done = tx.done;
  // Rejects when the transaction is aborted below; the caller hears the write's own error instead.
  done.catch(() => undefined);
  try {
    await Promise.all([build(tx, writes), done]);
    await Promise.all(writes);
  } catch (e) {
    for (const w of writes) w.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // Already finished (aborted by the error itself).
    }
    throw e;
  }
}

function split(r: ImportedReport): [StoredImport, { key: string; text: string }] {
  const { text, ...rest } = r;
  return [rest, { key: r.key, text }];
}

/** Every imported report (without text), in import order. */
export async function reports(): Promise<StoredImport[]> {
  const all = await guard("读取工作区", (d) => d.getAll("reports"));
  return all.sort((a, b) => a.importedAt.localeCompare(b.importedAt) || a.file.localeCompare(b.file));
}

export async function text(key: ImportKey): Promise<string | null> {
  const row = await guard("读取报告原文", (d) => d.get("texts", key));
  return row?.text ?? null;
}

/** Adds or replaces reports (with their texts) and removes `remove` — all in one transaction. */
export async function putReports(list: readonly ImportedReport[], remove: readonly ImportKey[] = []) {
  await guard("保存报告", async (d) => {
    await atomically(d.transaction(["reports", "texts", "corrections"], "readwrite"), (tx, writes) => {
      for (const key of remove) writes.push(...deleteIn(tx, key));
      for (const r of list) {
        const [rec, txt] = split(r);
        // One push per request: if the second throws, the first is already tracked.
        writes.push(tx.objectStore("reports").put(rec));
        writes.push(tx.objectStore("texts").put(txt));
      }
      return Promise.all(writes);
    });
  });
  announce("reports");
}

/** Changes stored reports' fields other than the text (e.g. which of two is primary). */
export async function updateReports(list: readonly StoredImport[]) {
  await guard("保存报告", async (d) => {
    await atomically(d.transaction("reports", "readwrite"), (tx, writes) => {
      for (const r of list) writes.push(tx.store.put(r));
      return Promise.all(writes);
    });
  });
  announce("reports");
}

/**
 * Makes `alternative` the primary report of its township and year and `primary` its alternative
 * (改用这一份), in one transaction; swapping again swaps back. Charts, ranking and completeness
 * follow the primary.
 */
export async function swapPrimary(primary: ImportKey, alternative: ImportKey) {
  await guard("调换主报告", async (d) => {
    await atomically(d.transaction("reports", "readwrite"), async (tx, writes) => {
      const [p, a] = await Promise.all([tx.store.get(primary), tx.store.get(alternative)]);
      if (!p || !a) throw new Error("要调换的报告已不在工作区（可能已在另一个标签页中删除）");
      const { primary: _wasPrimary, ...promoted } = a;
      writes.push(tx.store.put({ ...p, primary: false }), tx.store.put(promoted));
      return Promise.all(writes);
    });
  });
  announce("reports");
}

type WriteTx = IDBPTransaction<Schema, StoreNames<Schema>[], "readwrite">;

function deleteIn(tx: WriteTx, key: ImportKey): Promise<unknown>[] {
  const corrections = tx.objectStore("corrections");
  return [
    tx.objectStore("reports").delete(key),
    tx.objectStore("texts").delete(key),
    corrections
      .index("byKey")
      .getAllKeys(key)
      .then((ids) => Promise.all(ids.map((id) => corrections.delete(id)))),
  ];
}

/** Removes a report, its text and its corrections. */
export async function deleteReport(key: ImportKey) {
  await guard("删除报告", async (d) => {
    await atomically(d.transaction(["reports", "texts", "corrections"], "readwrite"), (tx, writes) => {
      writes.push(...deleteIn(tx, key));
      return Promise.all(writes);
    });
  });
  announce("reports");
}

export async function corrections(key?: ImportKey): Promise<Correction[]> {
  const all = await guard("读取校对记录", (d) =>
    key === undefined ? d.getAll("corrections") : d.getAllFromIndex("corrections", "byKey", key),
  );
  return all.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
}

/**
 * Saves one correction, in one transaction that first checks what it stands on: the report is
 * still in the workspace (another tab may have cleared or replaced it), and — when `seen` is given —
 * the latest correction of the same figure, field or item is still the one this tab saw (`seen`,
 * null for none). Otherwise nothing is written and the error says why, so an edit made in one tab
 * never silently overrides one made in another (nor lands on a report that is gone).
 */
export async function putCorrection(c: Correction, seen?: string | null) {
  try {
    await guard("保存校对", async (d) => {
      await atomically(d.transaction(["reports", "corrections"], "readwrite"), async (tx, writes) => {
        const report = await tx.objectStore("reports").get(c.key);
        if (!report)
          throw new WorkspaceStorageError(
            "conflict",
            "这份报告已不在工作区（可能已在另一个标签页中清空、替换或删除）。页面已重新读取工作区。",
          );
        if (seen !== undefined) {
          const stored = await tx.objectStore("corrections").index("byKey").getAll(c.key);
          if (latestOfTarget(stored, c) !== seen)
            throw new WorkspaceStorageError(
              "conflict",
              "另一个标签页刚刚改过这一项。页面已重新读取工作区，请看过它的改动后再改。",
            );
        }
        writes.push(tx.objectStore("corrections").put(c));
        return Promise.all(writes);
      });
    });
  } catch (e) {
    // This tab's copy is out of date: reload it (the other tab's notice may not have come yet).
    if (e instanceof WorkspaceStorageError && e.problem === "conflict") {
      workspaceStore.getState().conflictSeen(e.message);
      announce("all");
    }
    throw e;
  }
  announce("corrections");
}

export async function deleteCorrection(id: string) {
  await guard("撤销校对", (d) => d.delete("corrections", id));
  announce("corrections");
}

export async function getMeta<K extends MetaName>(name: K): Promise<WorkspaceMeta[K]> {
  const row = await guard("读取工作区设置", (d) => d.get("meta", name));
  return (row?.value ?? null) as WorkspaceMeta[K];
}

export async function setMeta<K extends MetaName>(name: K, value: WorkspaceMeta[K]) {
  await guard("保存工作区设置", (d) => d.put("meta", { id: name, value }));
  announce("meta");
}

/** Empties every store in one transaction. */
export async function clear() {
  await guard("清空工作区", async (d) => {
    await atomically(
      d.transaction(["reports", "texts", "corrections", "meta"], "readwrite"),
      (tx, writes) => {
        for (const name of ["reports", "texts", "corrections", "meta"] as const)
          writes.push(tx.objectStore(name).clear());
        return Promise.all(writes);
      },
    );
  });
  announce("all");
}

export async function isEmpty(): Promise<boolean> {
  return (await guard("读取工作区", (d) => d.count("reports"))) === 0;
}

/** The whole workspace as one file (导出工作区). */
export async function exportFile(): Promise<WorkspaceFile> {
  return guard("导出工作区", async (d) => {
    const tx = d.transaction(["reports", "texts", "corrections", "meta"], "readonly");
    const [stored, texts, corr, meta] = await Promise.all([
      tx.objectStore("reports").getAll(),
      tx.objectStore("texts").getAll(),
      tx.objectStore("corrections").getAll(),
      tx.objectStore("meta").getAll(),
    ]);
    const textOf = new Map(texts.map((t) => [t.key, t.text]));
    const m = new Map(meta.map((x) => [x.id, x.value]));
    const order = (a: StoredImport, b: StoredImport) =>
      a.importedAt.localeCompare(b.importedAt) || a.key.localeCompare(b.key);
    return {
      format: "township-rule-of-law-workspace",
      version: WORKSPACE_VERSION,
      exportedAt: new Date().toISOString(),
      county: (m.get("county") ?? null) as WorkspaceFile["county"],
      roster: (m.get("roster") ?? null) as WorkspaceFile["roster"],
      reports: stored.sort(order).map((r) => ({ ...r, text: textOf.get(r.key) ?? "" })),
      corrections: corr.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id)),
      reviewer: (m.get("reviewer") ?? null) as string | null,
    };
  });
}

/**
 * Reads a workspace file into the database (导入工作区), in one transaction. "replace" drops what
 * was there; "merge" adds what is new and, for a report both sides have, keeps the stored one
 * unless its key is in `takeIncoming` (then the file's report and its corrections replace it).
 */
export async function importFile(
  file: WorkspaceFile,
  mode: "merge" | "replace",
  takeIncoming: ReadonlySet<ImportKey> = new Set(),
) {
  await guard("导入工作区", (d) =>
    // One transaction: if any write fails, a "replace" has not emptied anything either.
    atomically(
      d.transaction(["reports", "texts", "corrections", "meta"], "readwrite"),
      async (tx, writes) => {
        const rs = tx.objectStore("reports");
        const cs = tx.objectStore("corrections");
        const ms = tx.objectStore("meta");
        if (mode === "replace") {
          writes.push(rs.clear(), tx.objectStore("texts").clear(), cs.clear(), ms.clear());
          await Promise.all(writes);
        }
        const present = new Set(mode === "replace" ? [] : await rs.getAllKeys());
        const taken = new Set<ImportKey>();
        for (const r of file.reports) {
          if (present.has(r.key) && !takeIncoming.has(r.key)) continue;
          if (present.has(r.key)) writes.push(...deleteIn(tx, r.key));
          taken.add(r.key);
          const [rec, txt] = split(r);
          writes.push(rs.put(rec));
          writes.push(tx.objectStore("texts").put(txt));
        }
        await Promise.all(writes);
        const stored = new Set(await cs.getAllKeys());
        for (const c of file.corrections) {
          // A correction of a report kept from the stored side stays the stored side's business.
          if (present.has(c.key) && !taken.has(c.key)) continue;
          if (!stored.has(c.id) || taken.has(c.key)) writes.push(cs.put(c));
        }
        const meta: WorkspaceMeta = { county: file.county, roster: file.roster, reviewer: file.reviewer };
        for (const [id, value] of Object.entries(meta)) {
          if (mode === "merge") {
            // Merging keeps this workspace's county, roster and reviewer; the file fills only gaps.
            if (value === null) continue;
            const current = await ms.get(id);
            if (current !== undefined && current.value !== null) continue;
          }
          writes.push(ms.put({ id, value }));
        }
        await Promise.all(writes);
      },
    ),
  );
  announce("all");
}

/** For tests and the storage-fault path: drop the connection (the next call reopens). */
export async function close() {
  const c = connection;
  connection = null;
  if (c) (await c.catch(() => null))?.close();
}
