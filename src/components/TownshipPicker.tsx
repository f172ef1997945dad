// Picks the townships drawn in 趋势: search by characters or pinyin initials ("xt" → 许疃镇),
// select all/none, sort by name or by latest value, and highlight one (the rest are greyed).
import { useDeferredValue, useMemo, useState } from "react";
import { formatNumber, latestFigures, matchesTownship, needsPinyin, type Scope } from "../derive";
import type { IndicatorId } from "../domain";
import { selectPickedTownships, selectScope, useDash } from "../store";
import { memoLast } from "../store/memo";
import { zh } from "../text/zh";
import { Segmented } from "./Segmented";
import { usePinyin } from "./usePinyin";

type SortBy = "name" | "value";

/** Rows listed at once: a province's 2,000 checkboxes would make every click re-render them all. */
const ROWS_SHOWN = 200;
/**
 * Rows in the list's first render: more than the box shows (about 16 at 1366×768). The rest up to
 * ROWS_SHOWN follow in a background render (useDeferredValue), so opening 趋势 at province scale does
 * not wait for 200 rows of DOM; a moment later they are all there for screen readers, find and print.
 */
export const FIRST_ROWS = 40;

// Kept outside the component: 趋势 opened again with the same scope lists the same rows without
// reading every township's latest figure again (2,000 at province scale).
const keysOf = memoLast((scope: Scope) => scope.townships.map((t) => t.key));
const rowsOf = memoLast(
  (
    scope: Scope,
    indicator: IndicatorId,
    sortBy: SortBy,
    query: string,
    pinyin: Parameters<typeof matchesTownship>[2],
  ) => {
    const values = latestFigures(scope, indicator);
    const withValue = scope.townships.map((t, i) => ({ ...t, value: values[i] ?? null }));
    if (sortBy === "value") withValue.sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity));
    return withValue.filter((t) => matchesTownship(t.name, query, pinyin));
  },
);

/** The first `n` rows, and the highlighted township's row wherever it is. */
function headOf<T extends { key: string }>(rows: readonly T[], n: number, highlight: string | null): T[] {
  const head = rows.slice(0, n);
  const hl = rows.find((t) => t.key === highlight);
  return hl && !head.includes(hl) ? [...head, hl] : head;
}

export function TownshipPicker() {
  const scope = useDash(selectScope);
  const picked = useDash(selectPickedTownships);
  const indicator = useDash((s) => s.indicator);
  const highlight = useDash((s) => s.highlight);
  const chosen = useDash((s) => s.townshipsChosen);
  const toggled = useDash((s) => s.townshipToggled);
  const highlighted = useDash((s) => s.townshipHighlighted);
  const [query, setQuery] = useState("");
  const [sortBy, setSortBy] = useState<SortBy>("name");
  // pinyin-pro loads once the search box is used (focus, or Latin letters typed).
  const [searching, setSearching] = useState(false);
  const pinyin = usePinyin(searching || needsPinyin(query));

  const allKeys = keysOf(scope);
  const rows = rowsOf(scope, indicator, sortBy, query, pinyin);
  const pickedSet = useMemo(() => (picked === null ? null : new Set(picked)), [picked]);
  const isPicked = (k: string) => pickedSet === null || pickedSet.has(k);
  // The highlighted township stays listed even beyond the first ROWS_SHOWN.
  const limit = useDeferredValue(ROWS_SHOWN, FIRST_ROWS);
  const listed = useMemo(() => headOf(rows, ROWS_SHOWN, highlight), [rows, highlight]);
  const shown = listed.length > limit ? headOf(rows, limit, highlight) : listed;
  const count = picked === null ? allKeys.length : picked.length;

  return (
    <div className="township-picker" data-testid="township-picker">
      <input
        type="search"
        className="picker-search"
        placeholder={zh.picker.search}
        aria-label={zh.picker.search}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onFocus={() => setSearching(true)}
        data-testid="township-search"
      />
      <div className="picker-actions">
        <button type="button" onClick={() => chosen(null)} data-testid="pick-all">
          {zh.picker.all}
        </button>
        <button type="button" onClick={() => chosen([])} data-testid="pick-none">
          {zh.picker.none}
        </button>
        <span className="picker-count">{zh.picker.selected(count, allKeys.length)}</span>
      </div>
      <Segmented
        label="排序"
        value={sortBy}
        onChange={setSortBy}
        options={[
          { value: "name", label: zh.picker.sortName },
          { value: "value", label: zh.picker.sortValue },
        ]}
      />
      <ul className="picker-list" data-testid="township-list">
        {shown.map((t) => (
          <li key={t.key} className={highlight === t.key ? "highlighted" : ""}>
            <label>
              <input type="checkbox" checked={isPicked(t.key)} onChange={() => toggled(t.key, allKeys)} />
              <span className="picker-name" title={t.label}>
                {t.label}
              </span>
            </label>
            <span className="picker-value">{t.value === null ? "—" : formatNumber(t.value)}</span>
            <button
              type="button"
              className="picker-hl"
              aria-pressed={highlight === t.key}
              title={highlight === t.key ? zh.picker.clearHighlight : zh.picker.highlight}
              aria-label={`${zh.picker.highlight}：${t.label}`}
              onClick={() => highlighted(highlight === t.key ? null : t.key)}
            >
              {highlight === t.key ? "★" : "☆"}
            </button>
          </li>
        ))}
        {rows.length === 0 && <li className="picker-empty">没有匹配的乡镇</li>}
        {rows.length > listed.length && (
          <li className="picker-empty" data-testid="picker-more">
            另有{rows.length - listed.length}个乡镇未列出，请搜索
          </li>
        )}
      </ul>
    </div>
  );
}
