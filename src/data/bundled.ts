// The data sets that ship inside the app. The samples (five real, public reports) are small and
// shown on first load, so they are a static import; the fictional demo county is larger and loaded
// only when asked for, so it is a dynamic import and Vite puts it in its own chunk.
import samples from "../../data/extracted/reports.json";
import { parseDataset } from "./parse";
import type { DatasetResult } from "./types";

export function loadSamples(): DatasetResult {
  return parseDataset(samples);
}

export async function loadDemo(): Promise<DatasetResult> {
  const demo = await import("../../data/demo/extracted/reports.json");
  return parseDataset(demo.default);
}
