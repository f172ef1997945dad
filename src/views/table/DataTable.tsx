// 数据表: every report as a row, every indicator as a column, for comparing townships across
// years the way staff compare in Excel: sort, filter, hide columns, click a figure to see the
// sentence it came from. What is on screen is what `onVisibleChange` reports, for the export.
import "./DataTable.css";
import { useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { useTable } from "@tanstack/react-table";
import type { IndicatorId, ReportRecord } from "../../domain";
// The hook file, not the components door: the table stays free of the store-bound components.
import { usePinyin } from "../../components/usePinyin";
import { baseOptions } from "../../table/columns";
import { isReportRow, type ExtraRows } from "../../table/rows";
import { tableText } from "../../table/text";
import { visibleTable, type VisibleTable } from "../../table/visible";
import { ColumnMenu } from "./ColumnMenu";
import { FilterChips } from "./FilterChips";
import { TableGrid } from "./TableGrid";
import { rowsOf } from "./tableRows";
import { useStoredVisibility } from "./useStoredVisibility";

export interface DataTableProps {
  reports: ReportRecord[];
  /** 未报送 township-years and kept-both alternatives, as rows of their own. */
  extra?: ExtraRows | null;
  /** The fictional demo county: the table says so, in the toolbar and in its accessible name. */
  fictional?: boolean;
  onOpenEvidence(reportId: string, indicatorId: IndicatorId): void;
  onOpenDictionary(indicatorId: IndicatorId): void;
  /** Extra controls at the right end of the toolbar (the export buttons). */
  toolbar?: ReactNode;
  /** Called with exactly the rows and columns on screen whenever they change. */
  onVisibleChange?(v: VisibleTable): void;
}

export function DataTable({
  reports,
  extra = null,
  fictional = false,
  onOpenEvidence,
  onOpenDictionary,
  toolbar,
  onVisibleChange,
}: DataTableProps) {
  // pinyin-pro loads when the search box is first focused; the rows then gain pinyin haystacks.
  const [searching, setSearching] = useState(false);
  const pinyin = usePinyin(searching);
  // Module level (tableRows.ts): the same reports give the same rows, also those the idle
  // prefetch built before the first visit (a province: 9,400 rows).
  const data = rowsOf(reports, pinyin, extra);
  const [storedVisibility, setColumnVisibility] = useStoredVisibility();
  // 核对 only means something for reports a person can review (the workspace's).
  const reviewable = useMemo(() => data.some((r) => r.reviewed !== null), [data]);
  const columnVisibility = useMemo(
    () => (reviewable ? storedVisibility : { ...storedVisibility, review: false }),
    [reviewable, storedVisibility],
  );
  const table = useTable({
    ...baseOptions,
    data,
    state: { columnVisibility },
    onColumnVisibilityChange: setColumnVisibility,
  });

  // Report what is visible after every change of data or table state. The callback is read
  // through a ref so a parent passing a new function each render does not cause extra reports.
  const visibleCb = useRef(onVisibleChange);
  useEffect(() => {
    visibleCb.current = onVisibleChange;
  });
  const state = table.state;
  useEffect(() => {
    visibleCb.current?.(visibleTable(table));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `table` is stable; state and data are the triggers
  }, [state, data]);

  // The count is of reports; 未报送 rows are counted apart.
  const shown = table.getRowModel().rows.filter((r) => isReportRow(r.original)).length;
  const total = data.filter(isReportRow).length;
  const noReport = data.length - total;
  const clearFilters = () => {
    table.resetColumnFilters(true);
    table.resetGlobalFilter(true);
  };
  const search = typeof state.globalFilter === "string" ? state.globalFilter : "";

  return (
    <section className="dt" data-testid="data-table" aria-label={tableText.caption}>
      <div className="dt-toolbar" role="toolbar" aria-label={tableText.caption}>
        <label className="dt-search">
          <span className="visually-hidden">{tableText.search}</span>
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
            <circle cx="7" cy="7" r="4.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
            <path d="M10.5 10.5 14 14" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
          </svg>
          <input
            type="search"
            value={search}
            placeholder={tableText.searchPlaceholder}
            onChange={(e) => table.setGlobalFilter(e.target.value)}
            onFocus={() => setSearching(true)}
          />
        </label>
        <ColumnMenu table={table} />
        <span className="dt-count" aria-live="polite">
          {tableText.rowCount(shown, total)}
          {noReport > 0 && tableText.noReportCount(noReport)}
        </span>
        {fictional && (
          <span className="dt-fictional" title={tableText.fictionalNote}>
            {tableText.fictional}
          </span>
        )}
        {toolbar && <div className="dt-toolbar-extra">{toolbar}</div>}
      </div>
      <FilterChips table={table} onClearAll={clearFilters} />
      <TableGrid
        table={table}
        fictional={fictional}
        onOpenEvidence={onOpenEvidence}
        onOpenDictionary={onOpenDictionary}
        onClearFilters={clearFilters}
      />
    </section>
  );
}
