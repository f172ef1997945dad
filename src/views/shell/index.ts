export { Header } from "./Header";
export { Tabs } from "./Tabs";
export { TableMount } from "./TableMount";
export { DictionaryMount } from "./DictionaryMount";
export { DATASET_SOURCES } from "./sources";
export { useViewport } from "./useViewport";
export { useStickyTop } from "./useStickyTop";
