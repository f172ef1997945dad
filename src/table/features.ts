// The TanStack Table v9 feature registry of the data table: which features are opted in and the
// named filter/sort functions columns may use. One stable module-level object, shared by the React
// component (useTable) and the unit tests (constructTable), so both run the same pipeline.
import {
  columnFilteringFeature,
  columnPinningFeature,
  columnSizingFeature,
  columnVisibilityFeature,
  constructFilterFn,
  constructSortFn,
  createFilteredRowModel,
  createSortedRowModel,
  filterFn_includesString,
  filterFn_inNumberRange,
  globalFilteringFeature,
  metaHelper,
  rowSortingFeature,
  sortFn_basic,
  tableFeatures,
} from "@tanstack/react-table";
import type { IndicatorGroup, IndicatorId } from "../domain";
import type { TableRow } from "./rows";
import { matchesSearch } from "../derive";
import { compareZh } from "./zhOrder";

export type ColumnKind = "township" | "county" | "year" | "indicator" | "missing" | "shortcomings" | "review";

/** What the renderer, the 列 menu and the export need to know about a leaf column. */
export interface DtColumnMeta {
  /** The column id again, so code holding only the meta (a row renderer) can name the column. */
  columnId: string;
  kind: ColumnKind;
  /** Header text without unit: the catalogue `short` for an indicator. */
  label: string;
  unit?: string;
  indicatorId?: IndicatorId;
  group?: IndicatorGroup;
  /** Chinese group label, for the export and the 列 menu. */
  groupLabel?: string;
  /** Numbers: right-aligned, min/max filter, descending first. */
  numeric: boolean;
  /** A ★ key indicator. */
  key?: boolean;
  /** Longer explanation for the header tooltip. */
  title?: string;
}

/**
 * Chinese text in pinyin order (乡镇 and 县 names), not UTF-16 code unit order; through the ranks
 * the rows were built with (zhOrder.ts), so a province sorts without 130,000 collator calls.
 */
export const sortFn_zh = constructSortFn({
  sort: (a: unknown, b: unknown) => compareZh(String(a ?? ""), String(b ?? "")),
});

/**
 * The search box: matches the row's prepared haystack (name, county, pinyin), whichever column the
 * global filter is evaluated on. Only the township column takes part (see columns.ts).
 */
export const filterFn_township = constructFilterFn({
  filter: (_value: unknown, query: string, row) => matchesSearch((row.original as TableRow).search, query),
  autoRemove: (v: unknown) => v === undefined || v === null || String(v).trim() === "",
  resolveFilterValue: (v: unknown) => String(v ?? ""),
});

export const features = tableFeatures({
  columnMeta: metaHelper<DtColumnMeta>(),
  columnVisibilityFeature,
  columnSizingFeature,
  columnPinningFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  rowSortingFeature,
  filteredRowModel: createFilteredRowModel(),
  sortedRowModel: createSortedRowModel(),
  filterFns: {
    inNumberRange: filterFn_inNumberRange,
    includesString: filterFn_includesString,
    township: filterFn_township,
  },
  sortFns: { basic: sortFn_basic, zh: sortFn_zh },
});

export type Features = typeof features;
