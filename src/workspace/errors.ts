// What the workspace says when the browser's storage fails. IndexedDB errors are DOMExceptions with
// English names; the user sees one Chinese sentence that says what happened and that nothing
// already stored was changed (every write is one transaction: it lands whole or not at all).

/**
 * quota / unavailable: the browser's storage failed; conflict: another tab changed it first;
 * newer: the database was upgraded by a newer version of the program (another copy of the file).
 */
export type StorageProblem = "quota" | "unavailable" | "conflict" | "newer" | "other";

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

/**
 * One wording for whatever a newer version of the program wrote and this one cannot read: a
 * workspace file being imported, or the browser's workspace database itself (every copy of the
 * offline file opened from file:// shares one database, so an older copy can meet one a newer
 * copy upgraded).
 */
export function newerVersionText(
  what: string,
  wrote: string,
  version: number | null,
  supported: number | null,
  then: string,
): string {
  const found = version === null ? "" : `工作区版本 ${version}，`;
  const ours = supported === null ? "本程序不支持该版本" : `本程序只支持到版本 ${supported}`;
  return `${what}由更新版本的程序${wrote}（${found}${ours}），请先更新程序再${then}`;
}

export function problemOf(e: unknown): StorageProblem {
  const name = e instanceof Error || e instanceof DOMException ? e.name : "";
  if (name === "QuotaExceededError") return "quota";
  if (name === "VersionError") return "newer";
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
  if (problem === "newer") {
    // "The requested version (1) is less than the existing version (2)."
    const [requested, existing] = [/requested version \((\d+)\)/, /existing version \((\d+)\)/].map((re) => {
      const m = re.exec(detail);
      return m ? Number(m[1]) : null;
    });
    const text = newerVersionText(
      "本机浏览器中的工作区",
      "保存",
      existing ?? null,
      requested ?? null,
      "打开",
    );
    return new WorkspaceStorageError(
      problem,
      `${doing}失败：${text}（若在用离线文件，请打开较新的那一份）。${UNCHANGED}`,
    );
  }
  return new WorkspaceStorageError(problem, `${doing}失败：${detail}。${UNCHANGED}`);
}
