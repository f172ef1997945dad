// One leaf column header: the name (sort button), ★ for key indicators, the unit, a "?" that opens
// the indicator's entry in 指标说明, and a funnel that opens the column filter.
import { useState } from "react";
import type { Column } from "@tanstack/react-table";
import type { IndicatorId } from "../../domain";
import type { Features } from "../../table/features";
import type { TableRow } from "../../table/rows";
import { tableText } from "../../table/text";
import { columnMeta } from "../../table/visible";
import { ColumnFilter } from "./ColumnFilter";

type DtColumn = Column<Features, TableRow, unknown>;

export function ariaSort(column: DtColumn): "ascending" | "descending" | "none" {
  const s = column.getIsSorted();
  return s === "asc" ? "ascending" : s === "desc" ? "descending" : "none";
}

/** ▲/▼ when sorted, a faint ↕ when sortable; with several sort columns, their priority (1, 2…). */
function SortMark({ column, multiSort }: { column: DtColumn; multiSort: boolean }) {
  const s = column.getIsSorted();
  return (
    <span className={`dt-sortmark${s ? " dt-sortmark--on" : ""}`} aria-hidden="true">
      {s === "asc" ? "▲" : s === "desc" ? "▼" : "↕"}
      {s && multiSort && <sub>{column.getSortIndex() + 1}</sub>}
    </span>
  );
}

function FunnelIcon() {
  return (
    <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
      <path d="M1.5 2h13l-5 6.2V13l-3 1.5V8.2z" fill="currentColor" />
    </svg>
  );
}

export function HeaderCell({
  column,
  multiSort,
  onOpenDictionary,
}: {
  column: DtColumn;
  multiSort: boolean;
  onOpenDictionary(id: IndicatorId): void;
}) {
  const meta = columnMeta(column);
  // The funnel button while its filter is open (the popover anchors to it), else null.
  const [filterAnchor, setFilterAnchor] = useState<HTMLButtonElement | null>(null);
  const filtered = column.getIsFiltered();
  const sorted = column.getIsSorted();
  const sortLabel =
    sorted === "asc" ? tableText.sort.asc : sorted === "desc" ? tableText.sort.desc : tableText.sort.none;
  const indicatorId = meta.indicatorId;

  return (
    <div className="dt-th-inner">
      <button
        type="button"
        className="dt-sort"
        onClick={column.getToggleSortingHandler()}
        title={`${meta.title ?? meta.label}\n${tableText.sort.hint}`}
        aria-label={`${meta.label}${meta.unit ? `（${meta.unit}）` : ""}，${sortLabel}`}
      >
        <span className="dt-th-label">
          {meta.key && (
            <span className="dt-key" title={tableText.keyTitle}>
              {tableText.keyMark}
            </span>
          )}
          {meta.label}
        </span>
        <span className="dt-th-sub">
          {meta.unit && <span className="dt-th-unit">{meta.unit}</span>}
          <SortMark column={column} multiSort={multiSort} />
        </span>
      </button>
      <span className="dt-th-tools">
        {indicatorId && (
          <button
            type="button"
            className="dt-help"
            aria-label={tableText.dictionaryLink(meta.label)}
            title={tableText.dictionaryLink(meta.label)}
            onClick={() => onOpenDictionary(indicatorId)}
          >
            ?
          </button>
        )}
        <button
          type="button"
          className={`dt-funnel${filtered ? " dt-funnel--on" : ""}`}
          aria-label={tableText.filter.open(meta.label) + (filtered ? tableText.filter.active : "")}
          title={tableText.filter.open(meta.label) + (filtered ? tableText.filter.active : "")}
          aria-haspopup="dialog"
          aria-expanded={filterAnchor !== null}
          onClick={(e) => {
            const btn = e.currentTarget;
            setFilterAnchor((a) => (a ? null : btn));
          }}
        >
          <FunnelIcon />
        </button>
      </span>
      {filterAnchor && (
        <ColumnFilter column={column} anchor={filterAnchor} onClose={() => setFilterAnchor(null)} />
      )}
    </div>
  );
}
