// Engine plumbing shared by parsers and refiners: how a sentence marks a year total. A total is
// marked by scope (全年, 全镇) and by summing words (共, 累计, 合计); parsers record the strength
// on each candidate, refiners (scopeOfParts, preferYearTotal) re-read it over other spans.
const TOTAL_SCOPE = /全年|全年度|一年来|本年度|全镇|全乡|全街道|全办|全区|辖区内/;
const TOTAL_SUM = /(?<![公中抓])共(?![同建享治产青管识赢和])|累计|合计|总计|总共|共计/;

/** How strongly `prefix` marks a year total: 0 none, 1 (scope or sum), 2 (both). */
export function totalStrength(prefix: string): number {
  return (TOTAL_SCOPE.test(prefix) ? 1 : 0) + (TOTAL_SUM.test(prefix) ? 1 : 0);
}
