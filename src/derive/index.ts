// Door of derive/: pure view models from reports. No React, no store, no ECharts.
export * from "./townships";
export * from "./scope";
export * from "./status";
export * from "./stats";
export * from "./format";
export * from "./trends";
export * from "./ranking";
export * from "./completeness";
export * from "./shortcomings";
export * from "./overview";
export * from "./keyTrends";
export * from "./search";
export * from "./segments";
export * from "./layers";
export * from "./corrections";
export * from "./levels";
