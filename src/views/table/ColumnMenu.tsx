// The 列 menu: which columns the table (and so the export) shows. Columns are listed in the
// table's own groups; a group's box shows or hides all of its indicators at once.
import { useEffect, useRef, useState } from "react";
import type { Column } from "@tanstack/react-table";
import { INDICATOR_GROUPS, type IndicatorGroup } from "../../domain";
import { groupColumnId } from "../../table/columns";
import type { Features } from "../../table/features";
import type { TableRow } from "../../table/rows";
import { tableText } from "../../table/text";
import { columnMeta } from "../../table/visible";
import { Popover } from "./Popover";
import type { DtTable } from "./types";

type DtColumn = Column<Features, TableRow, unknown>;
const T = tableText.columnMenu;

function GroupBox({ label, columns }: { label: string; columns: DtColumn[] }) {
  const ref = useRef<HTMLInputElement>(null);
  const hideable = columns.filter((c) => c.getCanHide());
  const shown = hideable.filter((c) => c.getIsVisible()).length;
  const all = shown === hideable.length;
  const some = shown > 0 && !all;
  // "Some shown" has no HTML attribute; it is a DOM property.
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = some;
  }, [some]);
  return (
    <fieldset className="dt-cm-group">
      <legend>
        <label className="dt-cm-grouplabel">
          <input
            ref={ref}
            type="checkbox"
            checked={all}
            disabled={hideable.length === 0}
            onChange={() => hideable.forEach((c) => c.toggleVisibility(!all))}
          />
          {label}
        </label>
      </legend>
      {columns.map((c) => {
        const m = columnMeta(c);
        return (
          <label key={c.id} className="dt-cm-item">
            <input
              type="checkbox"
              checked={c.getIsVisible()}
              disabled={!c.getCanHide()}
              onChange={(e) => c.toggleVisibility(e.target.checked)}
            />
            {m.key && <span className="dt-key">{tableText.keyMark}</span>}
            {m.label}
            {!c.getCanHide() && <span className="dt-cm-note">{T.alwaysShown}</span>}
          </label>
        );
      })}
    </fieldset>
  );
}

export function ColumnMenu({ table }: { table: DtTable }) {
  const [anchor, setAnchor] = useState<HTMLButtonElement | null>(null);
  const leaves = table.getAllLeafColumns();
  const byId = (ids: string[]) => leaves.filter((c) => ids.includes(c.id));
  const shown = leaves.filter((c) => c.getIsVisible()).length;
  const groups = Object.keys(INDICATOR_GROUPS) as IndicatorGroup[];

  return (
    <>
      <button
        type="button"
        className={`dt-btn dt-btn--menu${shown < leaves.length ? " dt-btn--active" : ""}`}
        aria-haspopup="dialog"
        aria-expanded={anchor !== null}
        title={T.shownCount(shown, leaves.length)}
        onClick={(e) => {
          const btn = e.currentTarget;
          setAnchor((a) => (a ? null : btn));
        }}
      >
        {T.button}
        <span className="dt-btn-count">
          {shown}/{leaves.length}
        </span>
        <span aria-hidden="true">▾</span>
      </button>
      {anchor && (
        <Popover
          anchor={anchor}
          label={T.title}
          width={620}
          onClose={() => setAnchor(null)}
          className="dt-cm"
        >
          <div className="dt-cm-head">
            <span className="dt-popover-title">{T.title}</span>
            <span className="dt-cm-actions">
              <button
                type="button"
                className="dt-btn dt-btn--quiet"
                onClick={() => table.toggleAllColumnsVisible(true)}
              >
                {T.showAll}
              </button>
              <button
                type="button"
                className="dt-btn dt-btn--quiet"
                onClick={() =>
                  table.setColumnVisibility(
                    Object.fromEntries(
                      leaves.map((c) => {
                        const m = columnMeta(c);
                        return [c.id, m.kind !== "indicator" || !!m.key];
                      }),
                    ),
                  )
                }
              >
                {T.keyOnly}
              </button>
            </span>
          </div>
          <div className="dt-cm-grid">
            <GroupBox label={T.basic} columns={byId(["township", "county", "year"])} />
            {groups.map((g) => (
              <GroupBox
                key={g}
                label={INDICATOR_GROUPS[g]}
                columns={table.getColumn(groupColumnId(g))?.getLeafColumns() ?? []}
              />
            ))}
            <GroupBox label={T.summary} columns={byId(["missing_key", "shortcomings"])} />
          </div>
        </Popover>
      )}
    </>
  );
}
