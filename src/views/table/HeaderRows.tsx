// The header rows: indicator groups on top (法律顾问 / 矛盾纠纷调处 / …), column headers below.
// Columns outside any group (乡镇, 县, 年度, the two summary columns) span both rows instead of
// leaving an empty placeholder cell above them. On screen the header is a CSS grid on the column
// model's widths (DataTable.css), so each cell also names its grid area (gridArea), as its
// colSpan/rowSpan do for print.
import { memo } from "react";
import type { ColumnFiltersState, HeaderGroup, SortingState } from "@tanstack/react-table";
import type { IndicatorId } from "../../domain";
import type { Features } from "../../table/features";
import type { TableRow } from "../../table/rows";
import { columnMeta } from "../../table/visible";
import { ariaSort, HeaderCell } from "./HeaderCell";

interface HeaderRowsProps {
  headerGroups: HeaderGroup<Features, TableRow>[];
  /** Not read directly: passed so the memoised header redraws when sorting changes. */
  sorting: SortingState;
  /** Not read directly: passed so the memoised header redraws when a filter changes. */
  columnFilters: ColumnFiltersState;
  onOpenDictionary(id: IndicatorId): void;
  /** Pinned columns → their sticky left offset (px), and the last of them. */
  pins: ReadonlyMap<string, number>;
  pinEdge: string | null;
}

/**
 * Memoised: the grid re-renders on every scroll step (new rows come into view) and the ~40 header
 * controls must not re-render with it. The header groups keep their identity until columns are
 * hidden; sorting and filters arrive as props so the sort arrows and funnels stay current.
 */
export const HeaderRows = memo(function HeaderRows({
  headerGroups,
  sorting,
  onOpenDictionary,
  pins,
  pinEdge,
}: HeaderRowsProps) {
  const multiSort = sorting.length > 1;
  const depth = headerGroups.length;
  const lastRow = depth - 1;
  return (
    <>
      {headerGroups.map((hg, gi) => {
        let start = 1;
        return (
          <tr key={hg.id} aria-rowindex={gi + 1} className={gi < lastRow ? "dt-head-groups" : "dt-head-cols"}>
            {hg.headers.map((h) => {
              const column = h.column;
              const col = start;
              start += h.colSpan;
              const area = (rows: number) => `${gi + 1} / ${col} / span ${rows} / span ${h.colSpan}`;
              const isLeaf = column.columns.length === 0;
              // A top-level leaf appears as a placeholder in the upper rows and for real in the last;
              // draw it once, in the first row, spanning all rows.
              if (isLeaf && column.depth === 0 && depth > 1) {
                if (gi !== 0) return null;
              } else if (h.isPlaceholder) {
                return (
                  <th
                    key={h.id}
                    colSpan={h.colSpan}
                    style={{ gridArea: area(1) }}
                    className="dt-th dt-th--blank"
                    aria-hidden="true"
                  />
                );
              }
              if (!isLeaf) {
                const group = column.id.replace(/^group:/, "");
                return (
                  <th
                    key={h.id}
                    colSpan={h.colSpan}
                    scope="colgroup"
                    style={{ gridArea: area(1) }}
                    className={`dt-th dt-th--group dt-group--${group}`}
                  >
                    <span className="dt-group-label">{String(column.columnDef.header ?? "")}</span>
                  </th>
                );
              }
              const meta = columnMeta(column);
              return (
                <th
                  key={h.id}
                  scope="col"
                  data-col={column.id}
                  rowSpan={column.depth === 0 ? depth : 1}
                  aria-sort={ariaSort(column)}
                  style={{
                    gridArea: area(column.depth === 0 ? depth : 1),
                    ...(pins.has(column.id) ? { left: pins.get(column.id) } : {}),
                  }}
                  className={`dt-th dt-th--${meta.kind}${meta.numeric ? " dt-num" : ""}${pins.has(column.id) ? " dt-pin" : ""}${column.id === pinEdge ? " dt-pin--edge" : ""}${meta.group ? ` dt-group--${meta.group}` : ""}`}
                >
                  <HeaderCell column={column} multiSort={multiSort} onOpenDictionary={onOpenDictionary} />
                </th>
              );
            })}
          </tr>
        );
      })}
    </>
  );
});
