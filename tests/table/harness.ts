// A real table-core instance over the same features, columns and options as the React view
// (src/views/table/DataTable.tsx), with store-based reactivity instead of React's. Lets the unit
// tests drive sorting, filtering and hiding through the library without a DOM.
import { constructTable, type TableState } from "@tanstack/table-core";
import { storeReactivityBindings } from "@tanstack/table-core/store-reactivity-bindings";
import type { StoredReport } from "../../src/domain";
import { baseOptions } from "../../src/table/columns";
import { features, type Features } from "../../src/table/features";
import * as pinyinPro from "pinyin-pro";
import { buildRows } from "../../src/table/rows";

export function makeTable(reports: StoredReport[], initialState: Partial<TableState<Features>> = {}) {
  return constructTable({
    ...baseOptions,
    // React's useTable adds its own reactivity binding; a plain table needs the store-based one.
    features: Object.assign({}, features, { coreReactivityFeature: storeReactivityBindings() }),
    // As on screen once the search box has been used (pinyin-pro loaded).
    data: buildRows(reports, pinyinPro),
    initialState: { ...baseOptions.initialState, ...initialState },
  });
}

export type TestTable = ReturnType<typeof makeTable>;

/** Township names in display order. */
export const townships = (t: TestTable): string[] => t.getRowModel().rows.map((r) => r.original.township);
