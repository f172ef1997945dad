import { describe, expect, it } from "vitest";
import { reviewOrder } from "../../../src/views/review/model";

type R = { id: string; township: string | null; county: string | null; year: number | null };
const r = (id: string, township: string | null, county: string | null, year: number | null): R => ({
  id,
  township,
  county,
  year,
});

describe("reviewOrder", () => {
  it("puts reports without a township or a year first, then county, township and year", () => {
    const records = [
      r("a", "石门镇", "城南县", 2023),
      r("b", "白鹭镇", "城南县", 2024),
      r("c", null, null, 2023),
      r("d", "白鹭镇", "城南县", 2022),
      r("e", "南湖乡", "北山县", 2023),
      r("f", "白鹭镇", null, null),
      r("g", "安乐镇", null, 2023),
    ];
    // 北山县 (beishan) before 城南县 (chengnan); a report with no county after those with one.
    expect(reviewOrder(records).map((x) => x.id)).toEqual(["f", "c", "e", "d", "b", "a", "g"]);
  });

  it("keeps reports alike in import order and leaves its input alone", () => {
    const records = [r("x", "白鹭镇", "城南县", 2023), r("y", "白鹭镇", "城南县", 2023)];
    const copy = [...records];
    expect(reviewOrder(records).map((x) => x.id)).toEqual(["x", "y"]);
    expect(records).toEqual(copy);
  });
});
