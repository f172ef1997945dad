// 问题's township × category matrix at province scale: a bounded number of rows (the townships with
// the most recurring problems first, then the most problems), the highlighted township always in.
import { describe, expect, it } from "vitest";
import { ALL_ROWS_LIMIT } from "../../src/charts/bound";
import { MATRIX_BOUNDED_ROWS, matrixOption, matrixRows } from "../../src/charts/shortcomings";
import type { MatrixCell, ShortcomingsVM } from "../../src/derive";
import { SHORTCOMING_DEFS } from "../../src/domain";

const cats = SHORTCOMING_DEFS.slice(0, 2);
const cell = (township: string, category: MatrixCell["category"], years: number[]): MatrixCell => ({
  township,
  category,
  years,
  recurring: years.length >= 2,
  items: [],
});

/** n townships; township i names category 0 in (i % 3) years and category 1 once when i % 5 === 0. */
function vmOf(n: number): ShortcomingsVM {
  const townships = Array.from({ length: n }, (_, i) => ({ key: `k${i}`, label: `乡镇${i}` }));
  const years = [2022, 2023, 2024];
  return {
    years,
    categories: [...cats],
    countsByYear: cats.map(() => years.map(() => 0)),
    townships,
    matrix: townships.map((t, i) => [
      cell(t.key, cats[0]!.id, years.slice(0, i % 3)),
      cell(t.key, cats[1]!.id, i % 5 === 0 ? [2024] : []),
    ]),
    recurring: [],
  };
}

describe("the 问题 matrix bounded", () => {
  it("a county draws every township", () => {
    expect(matrixRows(vmOf(ALL_ROWS_LIMIT))).toHaveLength(ALL_ROWS_LIMIT);
  });

  it("a province draws MATRIX_BOUNDED_ROWS rows, recurring first, and keeps the highlight", () => {
    const vm = vmOf(2000);
    const rows = matrixRows(vm);
    expect(rows).toHaveLength(MATRIX_BOUNDED_ROWS);
    // Recurring (two years: i % 3 === 2) and also a second category (i % 5 === 0) rank first.
    for (const i of rows) expect(i % 3).toBe(2);
    expect(rows.slice(0, 5)).toEqual([5, 20, 35, 50, 65]);
    const hl = matrixRows(vm, "k1000"); // 1000 % 3 === 1: not recurring, far down
    expect(hl).toHaveLength(MATRIX_BOUNDED_ROWS);
    expect(hl).toContain(1000);
    const o = matrixOption(vm, undefined, "k1000");
    const ys = (o.yAxis as { data: string[] }).data;
    expect(ys).toHaveLength(MATRIX_BOUNDED_ROWS);
    expect(ys).toContain("乡镇1000");
  });
});
