// Column filter values as the UI edits them and as the filter chips describe them. Pure.
// Numbers use TanStack's inNumberRange ([min, max], either end open); text uses includesString.
import type { ColumnFiltersState } from "@tanstack/react-table";
import type { DtColumnMeta } from "./features";
import { formatNumber } from "./format";
import { tableText } from "./text";

export type RangeFilter = [number | undefined, number | undefined];

/** What a user types into a min/max box: full-width digits, thousands separators, 、 or 。 as decimal point. */
export function parseNumberInput(input: string): number | undefined {
  const s = input
    .trim()
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[，,\s]/g, "")
    .replace(/[。．]/g, ".");
  if (s === "" || !/^-?\d*\.?\d+$|^-?\d+\.$/.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

/** The filter value for two boxes; undefined (no filter) when both are empty. */
export function rangeFromInputs(min: string, max: string): RangeFilter | undefined {
  const lo = parseNumberInput(min);
  const hi = parseNumberInput(max);
  return lo === undefined && hi === undefined ? undefined : [lo, hi];
}

export function isRange(v: unknown): v is RangeFilter {
  return Array.isArray(v) && v.length === 2;
}

export interface FilterChip {
  columnId: string;
  text: string;
}

/** One short sentence per active column filter, for the chips above the table. */
export function filterChips(
  filters: ColumnFiltersState,
  metaOf: (columnId: string) => DtColumnMeta | undefined,
): FilterChip[] {
  const out: FilterChip[] = [];
  for (const f of filters) {
    const meta = metaOf(f.id);
    if (!meta) continue;
    if (isRange(f.value)) {
      const [lo, hi] = f.value;
      // Years are labels, not quantities: 2023, never 2,023.
      const fmt = (v: number | undefined) =>
        v === undefined || v === null ? "" : meta.kind === "year" ? String(v) : formatNumber(v);
      if (fmt(lo) || fmt(hi))
        out.push({ columnId: f.id, text: tableText.filter.chipRange(meta.label, fmt(lo), fmt(hi)) });
    } else if (typeof f.value === "string" && f.value.trim()) {
      out.push({ columnId: f.id, text: tableText.filter.chipText(meta.label, f.value.trim()) });
    }
  }
  return out;
}
