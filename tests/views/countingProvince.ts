// A generated province loaded into the store through a Proxy that counts every record read, for
// tests that hold a step to "afterwards, nothing reads a record" (the views' prefetch).
import { generateProvince } from "../../scripts/province/generate";
import { indexRecords } from "../../src/data/indexing";
import { splitTexts } from "../../src/data/loader";
import { dashStore } from "../../src/store";

export interface CountingProvince {
  /** The records, as loaded (no texts). */
  plain: readonly unknown[];
  /** Records read since the load or the last reset. */
  reads(): number;
  /** Fields of records read since the load or the last reset (with `fields: true` only). */
  fieldReads(): number;
  reset(): void;
}

/** `fields`: each record is a Proxy too, counting reads of its fields (a derive reading a copied array). */
export function loadCountingProvince(
  options: Parameters<typeof generateProvince>[0],
  { fields = false } = {},
): CountingProvince {
  const { reports: plain, texts } = splitTexts(generateProvince(options).reports);
  let reads = 0;
  let fieldReads = 0;
  const counted = fields
    ? plain.map(
        (r) =>
          new Proxy(r, {
            get(target, key, receiver) {
              fieldReads++;
              return Reflect.get(target, key, receiver) as unknown;
            },
          }),
      )
    : plain;
  const reports = new Proxy(counted, {
    get(target, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  dashStore.getState().datasetLoaded({
    id: dashStore.getState().dataset,
    label: "省",
    fictional: true,
    reports,
    texts,
    index: indexRecords(plain),
  });
  return {
    plain,
    reads: () => reads,
    fieldReads: () => fieldReads,
    reset: () => {
      reads = 0;
      fieldReads = 0;
    },
  };
}
