// Door of store/: the one store, its selectors, the URL codec and the sync glue.
export * from "./types";
export { createDashStore, viewConfigOf, type DashState, type DashStore } from "./store";
export * from "./selectors";
export { toHash, fromHash, configFromHash } from "./url";
export { startUrlSync, startDatasetLoading } from "./sync";
export { dashStore, useDash } from "./instance";
