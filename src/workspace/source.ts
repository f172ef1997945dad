// The workspace as a data set (id "workspace"): every imported report read from IndexedDB, with
// the person's corrections laid over the engine's records (derive/corrections), matched to the
// roster when the county's township list was chosen. Never mixed with the bundled data sets.
import { applyCorrections, type ReviewedRecord, type Roster } from "../derive";
import { matchRoster } from "../derive/townships";
import { mapTextStore } from "../data/loader";
import type { StoredReport } from "../domain";
import type { Dataset } from "../store/types";
import { exportFile } from "./db";
import type { RosterEntry, WorkspaceFile } from "./types";

export const WORKSPACE_ID = "workspace";

/** The roster as derive reads it, or null when no county (or no township list) was chosen. */
export function rosterOf(file: Pick<WorkspaceFile, "county" | "roster">): Roster | null {
  if (!file.county || !file.roster) return null;
  return { county: file.county, entries: file.roster };
}

function picksOf(entries: readonly RosterEntry[], roster: Roster): Map<string, string> {
  const picks = new Map<string, string>();
  for (const e of entries)
    for (const alias of e.aliases ?? []) picks.set(alias, e.code ?? `${roster.county.name}/${e.name}`);
  return picks;
}

/** Records as the views read them: corrected, texts attached, ids unique, matched to the roster. */
export function datasetOfWorkspace(file: WorkspaceFile, label: string): Dataset {
  const roster = rosterOf(file);
  const picks = roster ? picksOf(file.roster ?? [], roster) : new Map<string, string>();
  const textOf = new Map(file.reports.map((r) => [r.key, r.text]));
  const seen = new Set<string>();
  const reports = applyCorrections(file.reports, file.corrections).map((r: ReviewedRecord): StoredReport => {
    let id = r.id;
    for (let n = 2; seen.has(id); n++) id = `${r.id}#${n}`;
    seen.add(id);
    const out: StoredReport & { rosterKey?: string } = { ...r, id, text: textOf.get(r.importKey) ?? "" };
    const key = roster ? matchRoster(r, roster, picks) : null;
    if (key !== null) out.rosterKey = key;
    return out;
  });
  // Records keep their text for review; the evidence panel reads it through the text store.
  const texts = mapTextStore(new Map(reports.map((r) => [r.id, r.text])));
  return { id: WORKSPACE_ID, label, fictional: false, reports, texts, roster };
}

export async function loadWorkspaceDataset(label: string): Promise<Dataset> {
  return datasetOfWorkspace(await exportFile(), label);
}
