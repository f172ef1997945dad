// The list in the browser: fetched only when extraction or a roster needs it. The dynamic import
// gives the data its own chunk, so it never weighs on first paint; every caller shares one promise.
import { buildDivisions, type DivisionData, type Divisions } from "./lookup";

let pending: Promise<Divisions> | null = null;

export function loadDivisions(): Promise<Divisions> {
  pending ??= import("./divisions.json").then(
    (m) => buildDivisions((m as { default: DivisionData }).default),
    (e: unknown) => {
      pending = null; // a failed chunk load may be retried
      throw e;
    },
  );
  return pending;
}
