// View model of 问题: which shortcoming categories townships admit, by year, and which recur. A
// category a township admits in two or more years is recurring (CONTRACT §3): the bureau's main
// supervision signal (问题未整改).
import { SHORTCOMING_DEFS, type ShortcomingCategory, type ShortcomingCategoryDef } from "../domain";
import type { Scope } from "./scope";
import { labelRanks, townshipKey } from "./townships";

export interface ShortcomingItem {
  reportId: string;
  /** Position in the report's `shortcomings`, for opening it in the evidence panel. */
  index: number;
  year: number;
  text: string;
  start: number;
  end: number;
}

export interface MatrixCell {
  township: string;
  category: ShortcomingCategory;
  /** Years in which the township admitted the category, ascending. */
  years: number[];
  recurring: boolean;
  items: ShortcomingItem[];
}

export interface RecurringEntry {
  township: string;
  label: string;
  category: ShortcomingCategoryDef;
  years: number[];
  items: ShortcomingItem[];
}

export interface ShortcomingsVM {
  years: number[];
  /** Categories admitted at least once in scope, in catalogue order. */
  categories: ShortcomingCategoryDef[];
  /** Per category (same order), per year: how many townships admitted it. */
  countsByYear: number[][];
  townships: { key: string; label: string }[];
  /** townships[i] × categories[j]. */
  matrix: MatrixCell[][];
  recurring: RecurringEntry[];
}

/** @param upTo only reports up to this year count (the overview's "as of" year); null = all. */
export function shortcomingsOf(scope: Scope, upTo: number | null = null): ShortcomingsVM {
  const years = scope.years.filter((y) => upTo === null || y <= upTo);
  // Cells by township, then category: no key string built per item or per matrix cell.
  const cells = new Map<string, Map<ShortcomingCategory, MatrixCell>>();
  const counts = new Map<ShortcomingCategory, number[]>();
  for (const r of scope.reports) {
    const year = r.year as number;
    const yi = years.indexOf(year);
    if (yi < 0) continue;
    const tk = townshipKey(r);
    let row = cells.get(tk);
    if (!row) cells.set(tk, (row = new Map()));
    const seen = new Set<ShortcomingCategory>();
    for (const [index, s] of r.shortcomings.entries()) {
      let cell = row.get(s.category);
      if (!cell) {
        cell = { township: tk, category: s.category, years: [], recurring: false, items: [] };
        row.set(s.category, cell);
      }
      if (!cell.years.includes(year)) cell.years.push(year);
      cell.items.push({ reportId: r.id, index, year, text: s.text, start: s.start, end: s.end });
      if (!seen.has(s.category)) {
        seen.add(s.category);
        const counted = counts.get(s.category) ?? years.map(() => 0);
        counted[yi] = (counted[yi] ?? 0) + 1;
        counts.set(s.category, counted);
      }
    }
  }
  const all = [...cells.values()].flatMap((row) => [...row.values()]);
  for (const c of all) {
    c.years.sort((a, b) => a - b);
    c.items.sort((a, b) => a.year - b.year || a.start - b.start);
    c.recurring = c.years.length >= 2;
  }
  const categories = SHORTCOMING_DEFS.filter((d) => counts.has(d.id));
  const townships = scope.townships.map((t) => ({ key: t.key, label: t.label }));
  const matrix = townships.map((t) => {
    const row = cells.get(t.key);
    return categories.map(
      (d) =>
        row?.get(d.id) ?? {
          township: t.key,
          category: d.id,
          years: [],
          recurring: false,
          items: [],
        },
    );
  });
  const labelOf = new Map(townships.map((t) => [t.key, t.label]));
  const defOf = new Map(SHORTCOMING_DEFS.map((d, i) => [d.id, { def: d, at: i }]));
  const entries = all
    .filter((c) => c.recurring)
    .map((c) => {
      const { def, at } = defOf.get(c.category) as { def: ShortcomingCategoryDef; at: number };
      const entry: RecurringEntry = {
        township: c.township,
        label: labelOf.get(c.township) ?? c.township,
        category: def,
        years: c.years,
        items: c.items,
      };
      return { entry, at };
    });
  const rank = labelRanks(entries.map((e) => e.entry.label));
  const recurring = entries
    .sort(
      (a, b) =>
        b.entry.years.length - a.entry.years.length ||
        (rank.get(a.entry.label) as number) - (rank.get(b.entry.label) as number) ||
        a.at - b.at,
    )
    .map((e) => e.entry);
  return {
    years,
    categories,
    countsByYear: categories.map((d) => counts.get(d.id) ?? years.map(() => 0)),
    townships,
    matrix,
    recurring,
  };
}

/**
 * The items behind one stacked bar segment of 问题 by year: every township that admitted the
 * category that year, with what it wrote, so the count can be read item by item.
 */
export function itemsOfYear(
  vm: ShortcomingsVM,
  category: ShortcomingCategory,
  year: number,
): { township: string; label: string; items: ShortcomingItem[] }[] {
  const ci = vm.categories.findIndex((d) => d.id === category);
  if (ci < 0) return [];
  return vm.townships.flatMap((t, ti) => {
    const items = (vm.matrix[ti]?.[ci]?.items ?? []).filter((it) => it.year === year);
    return items.length ? [{ township: t.key, label: t.label, items }] : [];
  });
}
