// The virtualised body over 10,000 rows, with the real virtualiser (virtual-core, the engine of
// @tanstack/react-virtual) and the table's own settings: only a screenful plus overscan is
// rendered wherever the user scrolls, and the spacer rows keep the scroll height exact.
import { Virtualizer } from "@tanstack/virtual-core";
import { describe, expect, it } from "vitest";
import { OVERSCAN, ROW_HEIGHT, spacers, tabStopRow } from "../../src/table/window";

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

      // Spacers + rendered rows + header = the full scroll height, so the scrollbar is exact.
      const { top, bottom } = spacers(items, total, HEADER);
      expect(HEADER + top + items.length * ROW_HEIGHT + bottom).toBe(HEADER + N * ROW_HEIGHT);
    });
  }

  it("reaches the last row at the bottom", () => {
    const { items } = windowAt(N, N * ROW_HEIGHT + HEADER - VIEW.height);
    expect(items.at(-1)!.index).toBe(N - 1);
    expect(spacers(items, N * ROW_HEIGHT + HEADER, HEADER).bottom).toBe(0);
  });

  it("has no spacers for an empty table", () => {
    expect(spacers([], HEADER, HEADER)).toEqual({ top: 0, bottom: 0 });
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
