// Whether 完整性 opens on one row per county (a province: several counties, above ALL_ROWS_LIMIT
// townships) — shared by the view and by the idle prefetch that derives its model ahead of a visit.
import { ALL_ROWS_LIMIT } from "../../charts/bound";
import type { Scope } from "../../derive";
import { selectCompleteness, selectCountyCompleteness, selectScope, type DashState } from "../../store";
import { memoLast } from "../../store/memo";

export const groupingOf = memoLast((scope: Scope) => {
  const counties = new Set(scope.townships.map((t) => t.county));
  return { counties, grouped: counties.size > 1 && scope.townships.length > ALL_ROWS_LIMIT };
});

/** The model 完整性 draws first: county rows for a province, else the townships' grids. */
export const selectCompletenessModel = (s: DashState): unknown =>
  groupingOf(selectScope(s)).grouped ? selectCountyCompleteness(s) : selectCompleteness(s);
