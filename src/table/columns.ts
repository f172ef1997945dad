// Column definitions of the data table: 乡镇 (pinned), 县, 年度, then one group per INDICATOR_GROUPS
// entry with every catalogue indicator in catalogue order, then 缺少关键指标 and 问题数. Headers and
// units come from the catalogue; nothing here renders. The React view reads `meta` to draw the
// header (the "?" dictionary link, ★, unit) and the cell (markers), so this module stays pure and
// the same definitions drive the unit tests and the export.
import { createColumnHelper } from "@tanstack/react-table";
import { INDICATOR_GROUPS, INDICATORS, type IndicatorDef, type IndicatorGroup } from "../domain";
import { features, type DtColumnMeta, type Features } from "./features";
import { figureOf, type TableRow } from "./rows";
import { reviewText } from "../text/review";
import { tableText } from "./text";

const helper = createColumnHelper<Features, TableRow>();

/** Column widths in px. Fixed so the pinned column's sticky offset and the header line up. */
export const WIDTH = { township: 148, county: 112, year: 72, missing: 108, shortcomings: 88, review: 96 };

/**
 * An indicator column wide enough for its header on one line (bold 12.5px CJK ≈ 13px a character,
 * plus ★ and the ?/filter buttons) and never narrower than a figure like "28,000⁺ 推算".
 */
export function indicatorWidth(def: Pick<IndicatorDef, "short" | "key">): number {
  const chars = [...def.short].reduce((n, ch) => n + (/[\u2e80-\uffff]/.test(ch) ? 1 : 0.55), 0);
  return Math.max(100, Math.ceil((chars + (def.key ? 1 : 0)) * 13.5 + 38));
}

export const GROUP_COLUMN_PREFIX = "group:";
export const groupColumnId = (g: IndicatorGroup): string => `${GROUP_COLUMN_PREFIX}${g}`;

/** Numbers sort descending first (the largest township on top) and put "not stated" last both ways. */
const numeric = {
  sortDescFirst: true,
  sortUndefined: "last",
  sortFn: "basic",
  filterFn: "inNumberRange",
} as const;
const text = {
  sortDescFirst: false,
  sortUndefined: "last",
  sortFn: "zh",
  filterFn: "includesString",
} as const;

function indicatorColumn(def: IndicatorDef) {
  const meta: DtColumnMeta = {
    columnId: def.id,
    kind: "indicator",
    label: def.short,
    unit: def.unit,
    indicatorId: def.id,
    group: def.group,
    groupLabel: INDICATOR_GROUPS[def.group],
    numeric: true,
    key: def.key,
    title: def.name,
  };
  // `undefined` rather than null for "not stated": the sorted row model's sortUndefined only
  // recognises undefined, and that is what keeps missing figures last in both directions.
  return helper.accessor((r) => figureOf(r, def.id), {
    id: def.id,
    header: def.short,
    size: indicatorWidth(def),
    meta,
    ...numeric,
  });
}

const GROUPS = Object.keys(INDICATOR_GROUPS) as IndicatorGroup[];

function buildColumns() {
  const c = tableText.columns;
  return helper.columns([
    helper.accessor((r) => r.township, {
      id: "township",
      header: c.township,
      size: WIDTH.township,
      enableHiding: false,
      meta: { columnId: "township", kind: "township", label: c.township, numeric: false },
      ...text,
    }),
    helper.accessor((r) => r.county ?? undefined, {
      id: "county",
      header: c.county,
      size: WIDTH.county,
      meta: { columnId: "county", kind: "county", label: c.county, numeric: false },
      ...text,
    }),
    helper.accessor((r) => r.year ?? undefined, {
      id: "year",
      header: c.year,
      size: WIDTH.year,
      meta: { columnId: "year", kind: "year", label: c.year, numeric: true },
      ...numeric,
      // Years read oldest first, unlike counts.
      sortDescFirst: false,
    }),
    ...GROUPS.map((g) =>
      helper.group({
        id: groupColumnId(g),
        header: INDICATOR_GROUPS[g],
        columns: helper.columns(INDICATORS.filter((d) => d.group === g).map(indicatorColumn)),
      }),
    ),
    helper.accessor((r) => r.missingKey, {
      id: "missing_key",
      header: c.missing,
      size: WIDTH.missing,
      meta: {
        columnId: "missing_key",
        kind: "missing",
        label: c.missing,
        unit: c.missingUnit,
        numeric: true,
        title: tableText.columnTitle.missing,
      },
      ...numeric,
    }),
    helper.accessor((r) => r.shortcomings, {
      id: "shortcomings",
      header: c.shortcomings,
      size: WIDTH.shortcomings,
      meta: {
        columnId: "shortcomings",
        kind: "shortcomings",
        label: c.shortcomings,
        unit: c.shortcomingsUnit,
        numeric: true,
        title: tableText.columnTitle.shortcomings,
      },
      ...numeric,
    }),
    // 核对: how many of the report's figures a person checked in 校对 ("3/8"); sorts by the share.
    helper.accessor(
      (r) => (r.reviewed && r.reviewed.total > 0 ? r.reviewed.done / r.reviewed.total : undefined),
      {
        id: "review",
        header: reviewText.column,
        size: WIDTH.review,
        meta: {
          columnId: "review",
          kind: "review",
          label: reviewText.column,
          numeric: true,
          title: reviewText.columnTitle,
        },
        ...numeric,
      },
    ),
  ]);
}

/** Stable module-level definitions: TanStack rebuilds its models whenever `columns` changes identity. */
export const columns = buildColumns();

/** Leaf column ids in definition order (the order of the table before the user hides any). */
export const LEAF_COLUMN_IDS: readonly string[] = [
  "township",
  "county",
  "year",
  ...GROUPS.flatMap((g) => INDICATORS.filter((d) => d.group === g).map((d) => d.id)),
  "missing_key",
  "shortcomings",
  "review",
];

/** Options shared by the React table and the tests, so both sort, filter and pin the same way. */
export const baseOptions = {
  features,
  columns,
  getRowId: (r: TableRow) => r.rowId,
  // The search box searches townships (by name, county or pinyin), never the numbers.
  globalFilterFn: "township" as const,
  getColumnCanGlobalFilter: (column: { id: string }) => column.id === "township",
  // Three-state sort cycle, so a user can return to the default order (county, township, year).
  enableSortingRemoval: true,
  initialState: { columnPinning: { start: ["township"], end: [] as string[] } },
};

/**
 * Columns pinned at the left while scrolling sideways, with their sticky offsets: 乡镇 and 年度,
 * and 县 when the rows span several counties (else it scrolls under them). Offsets add up the
 * widths of the pinned columns before each, so they stack without overlapping.
 */
export function pinnedColumns(
  metas: readonly { columnId: string; kind: string }[],
  multiCounty: boolean,
): Map<string, number> {
  const pins = new Map<string, number>();
  let left = 0;
  for (const m of metas) {
    const pinned = m.kind === "township" || m.kind === "year" || (multiCounty && m.kind === "county");
    if (!pinned) continue;
    pins.set(m.columnId, left);
    left += WIDTH[m.kind as "township" | "year" | "county"];
  }
  return pins;
}
