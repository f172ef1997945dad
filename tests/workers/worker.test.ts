// The Worker module's wiring: it listens on `self` and answers through `self.postMessage`.
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ExtractRequest, ExtractResponse } from "../../src/workers";
import { handleRequest } from "../../src/workers/handle";

const original = (globalThis as { self?: unknown }).self;
afterEach(() => {
  (globalThis as { self?: unknown }).self = original;
});

describe("extract.worker.ts", () => {
  it("loads the division list, answers file by file, then says done", async () => {
    const posted: ExtractResponse[] = [];
    const scope: {
      onmessage: ((e: { data: ExtractRequest }) => void) | null;
      postMessage: (m: ExtractResponse) => void;
    } = {
      onmessage: null,
      postMessage: (m) => posted.push(m),
    };
    (globalThis as { self?: unknown }).self = scope;
    await import("../../src/workers/extract.worker");
    const bytes = new Uint8Array(readFileSync("data/reports/2023-chengkou-xianyi.txt"));
    scope.onmessage?.({
      data: {
        requestId: 7,
        files: [
          { name: "a.pdf", bytes: new TextEncoder().encode("%PDF-") },
          { name: "b.txt", bytes },
        ],
      },
    });
    // The Worker answers once its division list has loaded (its own chunk).
    await vi.waitFor(() => expect(posted).toHaveLength(3), { timeout: 20_000, interval: 50 });
    expect(posted.map((m) => [m.type, m.requestId, m.type === "result" ? m.outcome.ok : null])).toEqual([
      ["result", 7, false],
      ["result", 7, true],
      ["done", 7, null],
    ]);
    const second = posted[1];
    expect(second?.type === "result" && second.outcome.ok && second.outcome.record.division).toMatchObject({
      code: "500229110",
      basis: "stated",
    });
  }, 30_000);
});

describe("handleRequest", () => {
  it("catches a failure in reading so the next file is still answered", () => {
    const posted: ExtractResponse[] = [];
    const poisoned = new Proxy(new Uint8Array(4), {
      get() {
        throw new Error("detached buffer");
      },
    });
    handleRequest(
      {
        requestId: 1,
        files: [
          { name: "bad.txt", bytes: poisoned },
          { name: "ok.txt", bytes: new TextEncoder().encode("正文") },
        ],
      },
      (m) => posted.push(m),
    );
    expect(posted[0]).toMatchObject({
      type: "result",
      outcome: { ok: false, reason: "《bad.txt》：读取时出错：detached buffer" },
    });
    expect(posted[1]).toMatchObject({ type: "result", outcome: { ok: true } });
  });
});
