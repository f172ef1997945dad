// The recurring list of 问题 is sorted by label ranks (labels sorted once), not by comparing labels
// pairwise; the order must be what the pinyin comparison gives.
import { describe, expect, it } from "vitest";
import { generateProvince } from "../../scripts/province/generate";
import { compareZh, labelRanks, scopeOf, shortcomingsOf } from "../../src/derive";
import { SHORTCOMING_DEFS } from "../../src/domain";
import type { ReportRecord } from "../../src/domain";

describe("labelRanks", () => {
  it("ranks labels in pinyin order, equal labels sharing a rank", () => {
    const rank = labelRanks(["许疃镇", "城关镇", "河口乡", "城关镇"]);
    expect([...rank.keys()].sort((a, b) => (rank.get(a) as number) - (rank.get(b) as number))).toEqual([
      "城关镇",
      "河口乡",
      "许疃镇",
    ]);
    expect(rank.size).toBe(3);
  });
});

describe("recurring order at scale", () => {
  it("matches sorting by years, then label (pinyin), then catalogue order", () => {
    const reports = generateProvince({ townships: 300, years: [2022, 2023, 2024], seed: "order" })
      .reports as unknown as ReportRecord[];
    const vm = shortcomingsOf(scopeOf(reports, null));
    expect(vm.recurring.length).toBeGreaterThan(100);
    const expected = [...vm.recurring].sort(
      (a, b) =>
        b.years.length - a.years.length ||
        compareZh(a.label, b.label) ||
        SHORTCOMING_DEFS.indexOf(a.category) - SHORTCOMING_DEFS.indexOf(b.category),
    );
    expect(vm.recurring.map((r) => `${r.label}|${r.category.id}`)).toEqual(
      expected.map((r) => `${r.label}|${r.category.id}`),
    );
    // Every matrix cell is its township's and category's, recurring exactly when named in 2+ years.
    vm.matrix.forEach((row, i) =>
      row.forEach((cell, j) => {
        expect(cell.township).toBe(vm.townships[i]?.key);
        expect(cell.category).toBe(vm.categories[j]?.id);
        expect(cell.recurring).toBe(cell.years.length >= 2);
      }),
    );
  });
});
