// The data sets the header offers. The samples ship in the main bundle; the fictional demo county
// is a separate chunk loaded on first use (src/data/bundled decides how each is imported).
import { loadDemo, loadSamples } from "../../data/bundled";
import type { DatasetResult } from "../../data";
import { dashStore, type Dataset, type DatasetSource } from "../../store";
import { zh } from "../../text/zh";

function unwrap(r: DatasetResult): Dataset {
  if (!r.ok) throw new Error(r.reason);
  return r.data;
}

export const DATASET_SOURCES: DatasetSource[] = [
  {
    id: "samples",
    label: zh.datasets.samples,
    fictional: false,
    load: async () => unwrap(loadSamples()),
  },
  {
    id: "demo",
    label: zh.datasets.demo,
    fictional: true,
    load: async () => unwrap(await loadDemo()),
  },
  {
    // The user's own reports (IndexedDB): a chunk of its own, never mixed with the bundled sets.
    id: "workspace",
    label: zh.datasets.workspace,
    fictional: false,
    load: async () => (await import("../../workspace/live")).loadAndWatch(dashStore, zh.datasets.workspace),
  },
];
