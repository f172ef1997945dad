// One bundled data set file → its records file (what the charts need) and its texts file (report
// id → text, reached only by the evidence panel), checked with the app's own boundary check
// (evidence against text — this is where the text is). Pure; the build plugin (datasets.ts) loads
// this module through Vite's module runner, so the config itself never imports src/.
import { parseDataset } from "../../src/data/parse";
import { SCHEMA_VERSION } from "../../src/data/types";

export interface BundledFile {
  id: string;
  path: string;
}

export const BUNDLED_FILES: BundledFile[] = [
  { id: "samples", path: "data/extracted/reports.json" },
  { id: "demo", path: "data/demo/extracted/reports.json" },
];

/** One data set file → its records file and its texts file (report id → text), as JSON strings. */
export function splitDatasetFile(json: unknown, where: string): { records: string; texts: string } {
  const parsed = parseDataset(json);
  if (!parsed.ok) throw new Error(`${where}: ${parsed.reason}`);
  const { id, label, fictional, reports } = parsed.data;
  const texts: Record<string, string> = {};
  const records = reports.map(({ text, ...record }) => {
    texts[record.id] = text;
    return record;
  });
  return {
    records: JSON.stringify({
      schemaVersion: SCHEMA_VERSION,
      dataset: id,
      label,
      fictional,
      reports: records,
    }),
    texts: JSON.stringify(texts),
  };
}
