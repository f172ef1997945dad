// The chart's content as a table beside the canvas: visually hidden on screen (a screen reader reads
// it, find-in-page finds a township in it), shown when a keyboard user tabs into it, and printed.
// Marks that open evidence are buttons here: one tab stop for the table, arrow keys between cells
// (←/→ along a row, ↑/↓ down a column), Enter opens the evidence panel.
import { startTransition, useEffect, useMemo, useState, type KeyboardEvent } from "react";
import { chartTable, type ChartOption } from "../charts";
import { zh } from "../text/zh";

export interface ChartDataTableProps<R> {
  id: string;
  option: ChartOption;
  title: string;
  onItemClick?: (ref: R, data: unknown) => void;
}

const NO_TABLE: ReturnType<typeof chartTable> = { corner: "", columns: [], rows: [] };

export function ChartDataTable<R>({ id, option, title, onItemClick }: ChartDataTableProps<R>) {
  // Built a task after the chart it describes, not in the render that draws it: on the first screen
  // the table was a quarter of the page's elements — React's work and the page's layout before the
  // first chart. It follows in a transition, before anyone can tab into it or print.
  const [built, setBuilt] = useState(false);
  useEffect(() => {
    startTransition(() => setBuilt(true));
  }, []);
  const table = useMemo(() => (built ? chartTable(option) : NO_TABLE), [option, built]);
  const [active, setActive] = useState(0);
  // Button positions in reading order, as [row, column] → running index.
  const slots = useMemo(() => {
    const out: string[] = [];
    table.rows.forEach((r, ri) => r.cells.forEach((c, ci) => c?.ref && out.push(`${ri}:${ci}`)));
    return out;
  }, [table]);
  const current = Math.min(active, Math.max(0, slots.length - 1));

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const at = slots.indexOf((e.target as HTMLElement).dataset.slot ?? "");
    if (at < 0) return;
    const [ri = 0, ci = 0] = (slots[at] ?? "0:0").split(":").map(Number);
    const find = (r: number, c: number) => slots.indexOf(`${r}:${c}`);
    const moves: Record<string, number> = {
      ArrowRight: at + 1,
      ArrowLeft: at - 1,
      ArrowDown: find(ri + 1, ci),
      ArrowUp: find(ri - 1, ci),
      Home: 0,
      End: slots.length - 1,
    };
    const to = moves[e.key];
    if (to === undefined) return;
    e.preventDefault();
    if (to < 0 || to >= slots.length) return;
    setActive(to);
    e.currentTarget.querySelector<HTMLButtonElement>(`[data-slot="${slots[to]}"]`)?.focus();
  };

  if (table.rows.length === 0) return null;
  return (
    <div className="chart-data" data-testid={`chart-table-${id}`} onKeyDown={onKeyDown}>
      <table>
        <caption>
          {title}
          {zh.chartTable.caption}
          {onItemClick && slots.length > 0 && <span className="chart-data-keys">{zh.chartTable.keys}</span>}
        </caption>
        <thead>
          <tr>
            <th scope="col">{table.corner}</th>
            {table.columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r, ri) => (
            <tr key={r.header}>
              <th scope="row">{r.header}</th>
              {r.cells.map((c, ci) => {
                if (!c) return <td key={ci} />;
                const slot = `${ri}:${ci}`;
                return (
                  <td key={ci}>
                    {onItemClick && c.ref ? (
                      <button
                        type="button"
                        data-slot={slot}
                        tabIndex={slots[current] === slot ? 0 : -1}
                        aria-label={`${r.header} ${table.columns[ci] ?? ""}：${c.text}`}
                        onFocus={() => setActive(slots.indexOf(slot))}
                        onClick={() => onItemClick(c.ref as R, c.data)}
                      >
                        {c.text}
                      </button>
                    ) : (
                      c.text
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
