// The virtualised body over 10,000 rows, with the real virtualiser (virtual-core, the engine of
// @tanstack/react-virtual) and the table's own settings: only a screenful plus overscan is
// rendered wherever the user scrolls, and the body's padding puts them where the virtualiser placed them.
import { Virtualizer } from "@tanstack/virtual-core";
import { describe, expect, it } from "vitest";
import {
  columnWindow,
  COLUMN_OVERSCAN_PX,
  OVERSCAN,
  OVERSCAN_BEHIND,
  ROW_HEIGHT,
  rowRange,
  rowsAbove,
  tabStopRow,
} from "../../src/table/window";

const HEADER = 64;
const VIEW = { width: 1300, height: 600 };

function windowAt(count: number, scrollTop: number) {
  const fakeElement = { ownerDocument: { defaultView: null } } as unknown as HTMLDivElement;
  const v = new Virtualizer<HTMLDivElement, HTMLTableRowElement>({
    count,
    getScrollElement: () => fakeElement,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    paddingStart: HEADER,
    scrollPaddingStart: HEADER,
    observeElementRect: (_inst, cb) => {
      cb(VIEW);
      return () => {};
    },
    observeElementOffset: (_inst, cb) => {
      cb(scrollTop, false);
      return () => {};
    },
    scrollToFn: () => {},
  });
  v._willUpdate();
  const items = v.getVirtualItems();
  return { items, total: v.getTotalSize() };
}

describe("row window over 10,000 rows", () => {
  const N = 10_000;
  const screenful = Math.ceil(VIEW.height / ROW_HEIGHT);

  for (const scrollTop of [0, 170_000, N * ROW_HEIGHT + HEADER - VIEW.height]) {
    it(`renders about one screenful at scrollTop ${scrollTop}`, () => {
      const { items, total } = windowAt(N, scrollTop);
      expect(items.length).toBeGreaterThanOrEqual(screenful);
      expect(items.length).toBeLessThanOrEqual(screenful + 2 * OVERSCAN + 2);
      // Consecutive rows, and the rows actually under the viewport are among them.
      items.forEach((it, i) => i > 0 && expect(it.index).toBe(items[i - 1]!.index + 1));
      const firstVisible = Math.max(0, Math.floor((scrollTop - HEADER) / ROW_HEIGHT));
      expect(items[0]!.index).toBeLessThanOrEqual(firstVisible);
      expect(items.at(-1)!.index).toBeGreaterThanOrEqual(Math.min(N - 1, firstVisible + screenful - 2));

      // The body is every row's height (the scrollbar is exact), and the rendered rows, in flow
      // under its top padding, stand where the virtualiser placed them.
      expect(total).toBe(HEADER + N * ROW_HEIGHT);
      const top = rowsAbove(items, HEADER);
      items.forEach((it, i) => expect(HEADER + top + i * ROW_HEIGHT).toBe(it.start));
      expect(top + items.length * ROW_HEIGHT).toBeLessThanOrEqual(N * ROW_HEIGHT);
    });
  }

  it("reaches the last row at the bottom", () => {
    const { items } = windowAt(N, N * ROW_HEIGHT + HEADER - VIEW.height);
    expect(items.at(-1)!.index).toBe(N - 1);
    expect(rowsAbove(items, HEADER) + items.length * ROW_HEIGHT).toBe(N * ROW_HEIGHT);
  });

  it("has no padding for an empty table", () => {
    expect(rowsAbove([], HEADER)).toBe(0);
  });
});

describe("tabStopRow", () => {
  const items = [10, 11, 12].map((index) => ({
    index,
    start: index * ROW_HEIGHT,
    end: (index + 1) * ROW_HEIGHT,
  }));
  it("keeps the active row when it is rendered, else uses the first rendered row", () => {
    expect(tabStopRow(11, items)).toBe(11);
    expect(tabStopRow(500, items)).toBe(10);
    expect(tabStopRow(3, [])).toBe(3);
  });
});

describe("columnWindow", () => {
  // 乡镇 148 and 年度 72 pinned, then ten columns of 120 px: 220 + 1,200 = 1,420 px in all.
  const widths = [148, 72, ...Array.from({ length: 10 }, () => 120)];
  const pinned = widths.map((_, i) => i < 2);
  const shownIds = (scrollLeft: number, view: number) =>
    columnWindow(widths, pinned, scrollLeft, view).flatMap((s, i) => (s ? [i] : []));

  it("renders the pinned columns and those meeting the view plus the overscan", () => {
    expect(COLUMN_OVERSCAN_PX).toBe(160);
    // View 0–600 px: columns start at 220, 340, 460, 580 (in view), 700 (overscan to 760), 820 (out).
    expect(shownIds(0, 600)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    // Scrolled 500 px: the view shows 720–1,100 beyond the pinned 220 px; overscan 560–1,260.
    expect(shownIds(500, 600)).toEqual([0, 1, 4, 5, 6, 7, 8, 9, 10]);
  });

  it("renders every column before the view is measured", () => {
    expect(shownIds(0, 0)).toHaveLength(widths.length);
  });
});

describe("rowRange", () => {
  const range = { startIndex: 100, endIndex: 115, overscan: OVERSCAN, count: 10_000 };
  const span = (dir: "forward" | "backward" | null) => {
    const r = rowRange(range, dir);
    return [r[0], r.at(-1), r.length];
  };

  it("keeps OVERSCAN rows each side at rest and only OVERSCAN_BEHIND behind a scroll", () => {
    expect(span(null)).toEqual([100 - OVERSCAN, 115 + OVERSCAN, 16 + 2 * OVERSCAN]);
    expect(span("forward")).toEqual([100 - OVERSCAN_BEHIND, 115 + OVERSCAN, 16 + OVERSCAN + OVERSCAN_BEHIND]);
    expect(span("backward")).toEqual([
      100 - OVERSCAN,
      115 + OVERSCAN_BEHIND,
      16 + OVERSCAN + OVERSCAN_BEHIND,
    ]);
  });

  it("stays within the rows, and a print-sized overscan at rest covers them all", () => {
    expect(rowRange({ startIndex: 0, endIndex: 3, overscan: 8, count: 5 }, "backward")).toEqual([
      0, 1, 2, 3, 4,
    ]);
    expect(rowRange({ startIndex: 40, endIndex: 50, overscan: 100, count: 100 }, null)).toHaveLength(100);
  });
});
