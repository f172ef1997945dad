import { describe, expect, it } from "vitest";
import { clampPos, moveInGrid } from "../../src/table/grid";

const size = { rows: 100, cols: 20, page: 15 };

describe("moveInGrid", () => {
  it("moves one cell with the arrows and stops at the edges", () => {
    expect(moveInGrid({ row: 5, col: 5 }, { key: "ArrowDown" }, size)).toEqual({ row: 6, col: 5 });
    expect(moveInGrid({ row: 5, col: 5 }, { key: "ArrowLeft" }, size)).toEqual({ row: 5, col: 4 });
    expect(moveInGrid({ row: 0, col: 0 }, { key: "ArrowUp" }, size)).toEqual({ row: 0, col: 0 });
    expect(moveInGrid({ row: 99, col: 19 }, { key: "ArrowRight" }, size)).toEqual({ row: 99, col: 19 });
  });

  it("jumps to row ends with Home/End and to the table corners with Ctrl", () => {
    expect(moveInGrid({ row: 5, col: 5 }, { key: "Home" }, size)).toEqual({ row: 5, col: 0 });
    expect(moveInGrid({ row: 5, col: 5 }, { key: "End" }, size)).toEqual({ row: 5, col: 19 });
    expect(moveInGrid({ row: 5, col: 5 }, { key: "End", ctrlKey: true }, size)).toEqual({ row: 99, col: 19 });
    expect(moveInGrid({ row: 5, col: 5 }, { key: "Home", metaKey: true }, size)).toEqual({ row: 0, col: 0 });
  });

  it("pages by a screenful", () => {
    expect(moveInGrid({ row: 5, col: 2 }, { key: "PageDown" }, size)).toEqual({ row: 20, col: 2 });
    expect(moveInGrid({ row: 5, col: 2 }, { key: "PageUp" }, size)).toEqual({ row: 0, col: 2 });
  });

  it("ignores other keys and empty grids", () => {
    expect(moveInGrid({ row: 0, col: 0 }, { key: "Enter" }, size)).toBeNull();
    expect(moveInGrid({ row: 0, col: 0 }, { key: "ArrowDown" }, { rows: 0, cols: 5, page: 1 })).toBeNull();
  });
});

describe("clampPos", () => {
  it("pulls a stale position back inside a smaller grid", () => {
    expect(clampPos({ row: 50, col: 30 }, { rows: 10, cols: 4 })).toEqual({ row: 9, col: 3 });
    expect(clampPos({ row: 3, col: 3 }, { rows: 0, cols: 0 })).toEqual({ row: 0, col: 0 });
  });
});
