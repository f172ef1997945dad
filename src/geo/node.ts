// The list in Node (CLI, scripts, tests): read from the committed file beside this module, once.
import { readFileSync } from "node:fs";
import { buildDivisions, type DivisionData, type Divisions } from "./lookup";

let cached: Divisions | null = null;

export function readDivisions(): Divisions {
  cached ??= buildDivisions(
    JSON.parse(readFileSync(new URL("./divisions.json", import.meta.url), "utf8")) as DivisionData,
  );
  return cached;
}
