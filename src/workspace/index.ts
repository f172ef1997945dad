// Door of workspace/: the user's own reports and corrections, kept in IndexedDB. Load it lazily
// (import("../workspace")): idb and the import code stay out of the first paint.
export * as workspaceDb from "./db";
export type { StoredImport, WorkspaceMeta, MetaName } from "./db";
export { onWorkspaceChange, type ChangeKind } from "./channel";
export { WorkspaceStorageError, type StorageProblem } from "./errors";
export { importKeyOf } from "./keys";
export * from "./file";
export * from "./types";
