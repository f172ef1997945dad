// Fills the workspace (IndexedDB, through the app's own src/workspace/db) with a generated data set
// for `npm run bench`'s "opened from the workspace" scenarios. Served from the app's origin, so the
// app opened afterwards in the same browser context reads what this page wrote.
import type { DatasetFile } from "../../src/data";
import { putReports } from "../../src/workspace/db";
import type { ImportedReport } from "../../src/workspace/types";

declare global {
  interface Window {
    __seed?: (url: string) => Promise<number>;
  }
}

/** Reports per transaction: one large write would hold the whole province twice in memory. */
const BATCH = 1000;

window.__seed = async (url) => {
  const file = (await (await fetch(url)).json()) as DatasetFile;
  const at = new Date().toISOString();
  for (let i = 0; i < file.reports.length; i += BATCH) {
    const batch = file.reports.slice(i, i + BATCH).map(({ text, ...record }): ImportedReport => ({
      key: `sha256:bench-${record.id}`,
      file: record.file,
      importedAt: at,
      engineVersion: "bench",
      record,
      text,
    }));
    await putReports(batch);
  }
  return file.reports.length;
};
