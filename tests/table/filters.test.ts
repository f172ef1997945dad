import { describe, expect, it } from "vitest";
import { filterChips, parseNumberInput, rangeFromInputs } from "../../src/table/filters";
import { makeTable } from "./harness";
import { sampleReports } from "./fixtures";

describe("parseNumberInput", () => {
  it("reads what people type", () => {
    expect(parseNumberInput("30")).toBe(30);
    expect(parseNumberInput(" 1,000 ")).toBe(1000);
    expect(parseNumberInput("１２")).toBe(12);
    expect(parseNumberInput("93.4")).toBe(93.4);
    expect(parseNumberInput("0")).toBe(0);
  });
  it("gives undefined for empty or non-numbers", () => {
    expect(parseNumberInput("")).toBeUndefined();
    expect(parseNumberInput("abc")).toBeUndefined();
    expect(parseNumberInput("3-4")).toBeUndefined();
  });
});

describe("rangeFromInputs", () => {
  it("keeps open ends open and drops an empty range", () => {
    expect(rangeFromInputs("10", "")).toEqual([10, undefined]);
    expect(rangeFromInputs("", "5")).toEqual([undefined, 5]);
    expect(rangeFromInputs("", " ")).toBeUndefined();
  });
});

describe("filterChips", () => {
  const t = makeTable(sampleReports());
  const metaOf = (id: string) => t.getColumn(id)?.columnDef.meta;

  it("describes ranges and text filters in Chinese", () => {
    expect(
      filterChips(
        [
          { id: "disputes_handled", value: [10, undefined] },
          { id: "publicity_materials", value: [undefined, 5000] },
          { id: "year", value: [2022, 2023] },
          { id: "county", value: "城口" },
        ],
        metaOf,
      ).map((c) => c.text),
    ).toEqual(["调处纠纷数 ≥ 10", "宣传资料份数 ≤ 5,000", "年度 2022～2023", "县（市、区） 含“城口”"]);
  });

  it("skips unknown columns and empty values", () => {
    expect(
      filterChips(
        [
          { id: "nope", value: "x" },
          { id: "county", value: " " },
        ],
        metaOf,
      ),
    ).toEqual([]);
  });
});
