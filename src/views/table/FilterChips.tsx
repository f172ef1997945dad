// The active column filters as removable chips above the table, so a filtered table never looks
// like the complete one (and an export of it is never mistaken for all townships).
import { filterChips } from "../../table/filters";
import { tableText } from "../../table/text";
import type { DtTable } from "./types";

export function FilterChips({ table, onClearAll }: { table: DtTable; onClearAll(): void }) {
  const chips = filterChips(table.state.columnFilters, (id) => table.getColumn(id)?.columnDef.meta);
  if (chips.length === 0) return null;
  return (
    <div className="dt-chips">
      <ul>
        {chips.map((c) => (
          <li key={c.columnId} className="dt-chip">
            <span>{c.text}</span>
            <button
              type="button"
              aria-label={tableText.filter.remove(c.text)}
              title={tableText.filter.remove(c.text)}
              onClick={() => table.getColumn(c.columnId)?.setFilterValue(undefined)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="dt-btn dt-btn--quiet" onClick={onClearAll}>
        {tableText.filter.clearAll}
      </button>
    </div>
  );
}
