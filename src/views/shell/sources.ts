// The data sets the header offers. The samples ship in the main bundle; the fictional demo county
// is a separate chunk loaded on first use (src/data/bundled decides how each is imported).
import { loadDemo, loadSamples } from "../../data/bundled";
import type { DatasetResult } from "../../data";
import type { Dataset, DatasetSource } from "../../store";

function unwrap(r: DatasetResult): Dataset {
  if (!r.ok) throw new Error(r.reason);
  return r.data;
}

export const DATASET_SOURCES: DatasetSource[] = [
  {
    id: "samples",
    label: "样本报告（5份真实报告）",
    fictional: false,
    load: async () => unwrap(loadSamples()),
  },
  {
    id: "demo",
    label: "示例县（虚构示例数据）",
    fictional: true,
    load: async () => unwrap(await loadDemo()),
  },
];
