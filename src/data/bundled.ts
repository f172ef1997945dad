// The data sets that ship with the app, as data: a records file loaded and checked in a worker,
// and a texts file fetched when the evidence panel first needs a text (scripts/build/datasets.ts
// writes both). Nothing here is inside the entry chunk but two URLs.
import files from "virtual:datasets";
import type { DatasetSource, LoadedDataset } from "./loader";
import { fetchedTextStore, inlineTextStore, loadRecordsInWorker, pageUrl } from "./records";

/** A bundled data set by id ("samples", "demo"); the label shown is the source's. */
export function bundledSource(id: string, label: string, fictional: boolean): DatasetSource {
  return {
    id,
    label,
    fictional,
    load: async (signal): Promise<LoadedDataset> => {
      const f = files[id];
      if (!f) throw new Error(`没有名为 ${id} 的内置数据集`);
      // The offline single file carries the JSON itself (scripts/build/datasets.ts, `inline`).
      const request = f.inline ? { json: f.records } : { url: pageUrl(f.records) };
      const result = await loadRecordsInWorker(request, signal);
      if (!result.ok) throw new Error(result.reason);
      const index = "index" in result ? result.index : undefined;
      return {
        ...result.data,
        id,
        label,
        fictional,
        texts: f.inline ? inlineTextStore(f.texts) : fetchedTextStore(pageUrl(f.texts)),
        ...(index && { index }),
      };
    },
  };
}
