// Door of views/import: the import and workspace dialogs (lazy: the shell loads them on first open)
// and the import runner the start screen shares.
export { default as WorkspaceDialogs } from "./Dialogs";
export { DropZone } from "./DropZone";
export { runImport } from "./run";
