// The Worker's answers in groups: held until 8 results, an urgent answer, an empty queue (flush) or
// the wait since the last send, whichever comes first; always in order.
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ExtractResponse } from "../../src/workers";
import { Outbox } from "../../src/workers/outbox";

const result = (index: number): ExtractResponse => ({
  type: "result",
  requestId: index,
  index: 0,
  outcome: "{}",
  last: true,
});
const ids = (sent: ExtractResponse[][]) => sent.map((msgs) => msgs.map((m) => m.requestId));

afterEach(() => {
  vi.useRealTimers();
});

describe("Outbox", () => {
  it("sends the first answer at once, then 8 results to a message, in order", () => {
    const sent: ExtractResponse[][] = [];
    const box = new Outbox((m) => sent.push(m), { now: () => 1000 });
    for (let i = 0; i < 18; i++) box.post(result(i));
    expect(ids(sent)).toEqual([[0], [1, 2, 3, 4, 5, 6, 7, 8], [9, 10, 11, 12, 13, 14, 15, 16]]);
    box.flush();
    expect(ids(sent).at(-1)).toEqual([17]);
    box.flush(); // nothing held: nothing sent
    expect(sent).toHaveLength(4);
  });

  it("counts only results towards a group; an urgent answer goes at once with those held", () => {
    const sent: ExtractResponse[][] = [];
    const box = new Outbox((m) => sent.push(m), { now: () => 0 });
    box.post(result(1)); // the first: at once
    box.post({ type: "count", requestId: 2, count: 3 });
    box.post({ type: "start", requestId: 2, index: 0, name: "a.zip/x.txt", key: "sha256:0" });
    expect(sent).toHaveLength(1);
    box.post({ type: "done", requestId: 2 }, true);
    expect(ids(sent)).toEqual([[1], [2, 2, 2]]);
  });

  it("sends what it holds once the wait since the last send is over, by a timer or with the next answer", () => {
    vi.useFakeTimers();
    let now = 0;
    const sent: ExtractResponse[][] = [];
    const box = new Outbox((m) => sent.push(m), { now: () => now, waitMs: 50 });
    box.post(result(1));
    now = 10;
    box.post(result(2));
    box.post(result(3));
    expect(sent).toHaveLength(1);
    vi.advanceTimersByTime(39);
    expect(sent).toHaveLength(1);
    now = 60;
    vi.advanceTimersByTime(1); // 50 ms after the first send
    expect(ids(sent)).toEqual([[1], [2, 3]]);
    // A file that kept the thread busy past the wait: its answer goes as soon as it is done.
    now = 70;
    box.post(result(4));
    now = 200;
    box.post(result(5));
    expect(ids(sent)).toEqual([[1], [2, 3], [4, 5]]);
    vi.advanceTimersByTime(100);
    expect(sent).toHaveLength(3);
  });
});
