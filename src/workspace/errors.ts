// What the workspace says when the browser's storage fails. IndexedDB errors are DOMExceptions with
// English names; the user sees one Chinese sentence that says what happened and that nothing
// already stored was changed (every write is one transaction: it lands whole or not at all).

/** quota / unavailable: the browser's storage failed; conflict: another tab changed it first. */
export type StorageProblem = "quota" | "unavailable" | "conflict" | "other";

export class WorkspaceStorageError extends Error {
  constructor(
    readonly problem: StorageProblem,
    message: string,
  ) {
    super(message);
    this.name = "WorkspaceStorageError";
  }
}

const UNCHANGED = "已保存的内容没有改动。";

export function problemOf(e: unknown): StorageProblem {
  const name = e instanceof Error || e instanceof DOMException ? e.name : "";
  if (name === "QuotaExceededError") return "quota";
  const message = e instanceof Error ? e.message : String(e);
  if (/quota/i.test(message)) return "quota";
  if (name === "SecurityError" || name === "InvalidStateError" || name === "UnknownError")
    return "unavailable";
  if (/indexedDB|not available|denied/i.test(message)) return "unavailable";
  return "other";
}

/** Wraps any storage failure into a WorkspaceStorageError with a message for the user. */
export function storageError(e: unknown, doing: string): WorkspaceStorageError {
  if (e instanceof WorkspaceStorageError) return e;
  const problem = problemOf(e);
  const detail = e instanceof Error ? e.message : String(e);
  if (problem === "quota")
    return new WorkspaceStorageError(
      problem,
      `${doing}失败：浏览器给本页面的存储空间已满。${UNCHANGED}请先导出工作区备份，删除不需要的报告或清理浏览器存储后再试。`,
    );
  if (problem === "unavailable")
    return new WorkspaceStorageError(
      problem,
      `${doing}失败：浏览器不允许本页面使用本地存储（IndexedDB），可能处于无痕/隐私模式或存储被禁用。${UNCHANGED}（${detail}）`,
    );
  return new WorkspaceStorageError(problem, `${doing}失败：${detail}。${UNCHANGED}`);
}
