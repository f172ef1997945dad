// The filter of one column, opened from the funnel in its header: 最小/最大 for numbers,
// 包含 for text. Filters apply as the user types, like Excel's AutoFilter, so the row count in the
// toolbar answers "how many townships…" immediately.
import { useState } from "react";
import type { Column } from "@tanstack/react-table";
import type { Features } from "../../table/features";
import { isRange, rangeFromInputs } from "../../table/filters";
import type { TableRow } from "../../table/rows";
import { tableText } from "../../table/text";
import { columnMeta } from "../../table/visible";
import { Popover } from "./Popover";

type DtColumn = Column<Features, TableRow, unknown>;

const T = tableText.filter;

function NumberFilter({ column }: { column: DtColumn }) {
  const v = column.getFilterValue();
  const [lo, hi] = isRange(v) ? v : [undefined, undefined];
  const [min, setMin] = useState(lo === undefined || lo === null ? "" : String(lo));
  const [max, setMax] = useState(hi === undefined || hi === null ? "" : String(hi));
  const apply = (a: string, b: string) => column.setFilterValue(rangeFromInputs(a, b));
  return (
    <>
      <div className="dt-range">
        <label>
          <span>{T.min}</span>
          <input
            type="text"
            inputMode="decimal"
            value={min}
            onChange={(e) => {
              setMin(e.target.value);
              apply(e.target.value, max);
            }}
          />
        </label>
        <span aria-hidden="true">～</span>
        <label>
          <span>{T.max}</span>
          <input
            type="text"
            inputMode="decimal"
            value={max}
            onChange={(e) => {
              setMax(e.target.value);
              apply(min, e.target.value);
            }}
          />
        </label>
      </div>
      {columnMeta(column).kind === "indicator" && <p className="dt-popover-note">{T.note}</p>}
    </>
  );
}

function TextFilter({ column }: { column: DtColumn }) {
  const v = column.getFilterValue();
  const [text, setText] = useState(typeof v === "string" ? v : "");
  return (
    <label className="dt-text-filter">
      <span>{T.contains}</span>
      <input
        type="text"
        value={text}
        placeholder={T.textPlaceholder}
        onChange={(e) => {
          setText(e.target.value);
          column.setFilterValue(e.target.value || undefined);
        }}
      />
    </label>
  );
}

export function ColumnFilter({
  column,
  anchor,
  onClose,
}: {
  column: DtColumn;
  anchor: HTMLElement;
  onClose(): void;
}) {
  const meta = columnMeta(column);
  const title = meta.unit ? `${meta.label}（${meta.unit}）` : meta.label;
  return (
    <Popover anchor={anchor} label={T.open(meta.label)} width={268} onClose={onClose}>
      <form
        className="dt-filter"
        onSubmit={(e) => {
          e.preventDefault();
          onClose();
          anchor.focus();
        }}
      >
        <div className="dt-popover-title">{title}</div>
        {meta.numeric ? <NumberFilter column={column} /> : <TextFilter column={column} />}
        <div className="dt-popover-actions">
          <button
            type="button"
            className="dt-btn dt-btn--quiet"
            onClick={() => {
              column.setFilterValue(undefined);
              onClose();
              anchor.focus();
            }}
          >
            {T.clear}
          </button>
          <button type="submit" className="dt-btn">
            {T.done}
          </button>
        </div>
      </form>
    </Popover>
  );
}
