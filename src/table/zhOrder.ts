// Chinese names in pinyin order (Intl.Collator "zh-CN"), fast enough for 10,000 rows. A collator
// comparison costs about a microsecond, and sorting a province's rows by township makes ~130,000 of
// them; but a province has only ~2,000 distinct names. `rankNames` sorts the distinct names once
// (when the table's rows are built) and `compareZh` then compares two integers. A name without a
// rank (none yet, or from another data set) is compared by the collator: ranks follow the
// collator's order, so mixing the two still gives one consistent order.

import { compareZh as collatorCompare, labelRanks } from "../derive";

/** Rank of each name of the last data set ranked; names the collator holds equal share a rank. */
let ranks = new Map<string, number>();

/** Ranks the distinct names given (replacing the previous data set's ranks). */
export function rankNames(names: Iterable<string>): void {
  ranks = labelRanks(names);
}

/** collator.compare(a, b)'s sign, through the ranks when both names have one. */
export function compareZh(a: string, b: string): number {
  if (a === b) return 0;
  const ra = ranks.get(a);
  const rb = ranks.get(b);
  return ra !== undefined && rb !== undefined ? ra - rb : collatorCompare(a, b);
}

/** The rank of a name ranked by the last rankNames call (-1 for a name it was not given). */
export const rankOf = (name: string): number => ranks.get(name) ?? -1;
