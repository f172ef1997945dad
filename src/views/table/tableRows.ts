// The 数据表's rows from the store, memoised at module level (not per mount) so the same scope gives
// the same rows: opening the table reuses them, and the idle prefetch (views/prefetch.ts) can build
// them before the first visit (a province: 9,400 rows). Free of React and of the table library, so
// the prefetch can import it without pulling the table's chunk into the entry.
import type { Alternatives, NoReportRow, Scope } from "../../derive";
import { selectAlternatives, selectNoReportRows, selectScope, type DashState } from "../../store";
import { memoLast } from "../../store/memo";
import { buildRows, type ExtraRows, type TableRow } from "../../table/rows";

// Reports whose year could not be read have no place on a chart, but the table still lists them.
export const reportsOf = memoLast((scope: Scope) => [...scope.reports, ...scope.undated]);

// Rows of their own: township-years with no report (未报送), and reports kept beside another of
// the same township and year (备选), of the county in scope.
export const extraOf = memoLast(
  (noReport: NoReportRow[], alternatives: Alternatives, county: string | null): ExtraRows => {
    const rows = alternatives.rows.filter((r) => county === null || r.county === county);
    return { noReport, alternatives: { ...alternatives, rows } };
  },
);

/** The rows of these reports (with pinyin haystacks once pinyin-pro is loaded), in the default order. */
export const rowsOf = memoLast(buildRows);

/** The rows the 数据表 shows first for this store state (before any search loads pinyin). */
export function selectTableRows(s: DashState): TableRow[] {
  const scope = selectScope(s);
  return rowsOf(reportsOf(scope), null, extraOf(selectNoReportRows(s), selectAlternatives(s), scope.county));
}
