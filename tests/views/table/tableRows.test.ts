// The 数据表's rows are built by the idle prefetch before the first visit: what the table's mount
// then asks for (TableMount → DataTable) is the very array the prefetch built, and no record is read.
import { describe, expect, it } from "vitest";
import * as store from "../../../src/store";
import { modelSteps } from "../../../src/views/prefetch";
import { loadCountingProvince } from "../countingProvince";
import { extraOf, reportsOf, rowsOf } from "../../../src/views/table/tableRows";

describe("the table's rows ahead of the first visit", () => {
  it("are built by the table's prefetch steps and found by the mount without reading a record", async () => {
    const { dashStore } = store;
    const province = loadCountingProvince({ townships: 200, years: [2023, 2024], seed: "table-rows" });
    for (const step of modelSteps("table")) await step();
    expect(province.reads()).toBeGreaterThan(province.plain.length);
    province.reset();
    // As TableMount and DataTable compute them on mount (no pinyin before the search box is used).
    const s = dashStore.getState();
    const scope = store.selectScope(s);
    const extra = extraOf(store.selectNoReportRows(s), store.selectAlternatives(s), scope.county);
    const rows = rowsOf(reportsOf(scope), null, extra);
    expect(province.reads()).toBe(0);
    expect(rows.filter((r) => r.kind !== "no_report")).toHaveLength(province.plain.length);
  });
});
