import { describe, expect, it } from "vitest";
import { parseChineseNumber, parseNumber } from "../../../src/extract";

describe("parseChineseNumber", () => {
  it.each([
    ["零", 0],
    ["〇", 0],
    ["一", 1],
    ["两", 2],
    ["十", 10],
    ["十二", 12],
    ["二十", 20],
    ["一百二十", 120],
    ["一百零五", 105],
    ["三千", 3000],
    ["三千五", 3500],
    ["一千零一", 1001],
    ["两万", 20000],
    ["二十万", 200000],
    ["一万二千", 12000],
    ["一万二", 12000],
    ["两万五", 25000],
    ["一万零二", 10002],
    ["一亿二千万", 120000000],
    ["二〇二三", 2023],
  ])("%s → %d", (s, n) => {
    expect(parseChineseNumber(s)).toBe(n);
  });

  it.each(["", "abc", "十百", "二三四五x"])("%j is not a numeral", (s) => {
    expect(parseChineseNumber(s)).toBeNull();
  });
});

describe("parseNumber", () => {
  it.each([
    ["12", 12],
    ["1.5万", 15000],
    ["3.5万", 35000],
    ["2千", 2000],
    ["28,000", 28000],
    ["两万", 20000],
    ["百分之九十五", 95],
    ["百分之百", 100],
    ["百分之98.5", 98.5],
  ])("%s → %d", (s, n) => {
    expect(parseNumber(s)).toBe(n);
  });
});
