// The data sets the header offers: the samples and the fictional demo county, both shipped as data
// files and loaded when first chosen (src/data/bundled decides how), and the user's workspace.
import { bundledSource } from "../../data/bundled";
import { dashStore, type DatasetSource } from "../../store";
import { zh } from "../../text/zh";

export const DATASET_SOURCES: DatasetSource[] = [
  bundledSource("samples", zh.datasets.samples, false),
  bundledSource("demo", zh.datasets.demo, true),
  {
    // The user's own reports (IndexedDB): a chunk of its own, never mixed with the bundled sets.
    id: "workspace",
    label: zh.datasets.workspace,
    fictional: false,
    load: async () => (await import("../../workspace/live")).loadAndWatch(dashStore, zh.datasets.workspace),
  },
];
