// The 数据表's rows are built by the idle prefetch before the first visit: what the table's mount
// then asks for (TableMount → DataTable) is the very array the prefetch built, and no record is read.
import { describe, expect, it } from "vitest";
import { generateProvince } from "../../../scripts/province/generate";
import { indexRecords } from "../../../src/data/indexing";
import { splitTexts } from "../../../src/data/loader";
import * as store from "../../../src/store";
import { modelSteps } from "../../../src/views/prefetch";
import { extraOf, reportsOf, rowsOf } from "../../../src/views/table/tableRows";

describe("the table's rows ahead of the first visit", () => {
  it("are built by the table's prefetch steps and found by the mount without reading a record", async () => {
    const { dashStore } = store;
    const gen = generateProvince({ townships: 200, years: [2023, 2024], seed: "table-rows" });
    const { reports: plain, texts } = splitTexts(gen.reports);
    let reads = 0;
    const reports = new Proxy(plain, {
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
    for (const step of modelSteps("table")) await step();
    expect(reads).toBeGreaterThan(plain.length);
    reads = 0;
    // As TableMount and DataTable compute them on mount (no pinyin before the search box is used).
    const s = dashStore.getState();
    const scope = store.selectScope(s);
    const extra = extraOf(store.selectNoReportRows(s), store.selectAlternatives(s), scope.county);
    const rows = rowsOf(reportsOf(scope), null, extra);
    expect(reads).toBe(0);
    expect(rows.filter((r) => r.kind !== "no_report")).toHaveLength(plain.length);
  });
});
