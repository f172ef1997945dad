export { Header } from "./Header";
export { Tabs, tabId, PANEL_ID } from "./Tabs";
export { DATASET_SOURCES } from "./sources";
export { useViewport } from "./useViewport";
export { useStickyTop } from "./useStickyTop";
