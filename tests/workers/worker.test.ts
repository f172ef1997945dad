// The Worker module's wiring: it listens on `self` and answers through `self.postMessage`.
import { readFileSync } from "node:fs";
import { zipSync } from "fflate";
import { afterEach, describe, expect, it } from "vitest";
import type { ExtractRequest, ExtractResponse } from "../../src/workers";
import { handleRequest } from "../../src/workers/handle";

const original = (globalThis as { self?: unknown }).self;
afterEach(() => {
  (globalThis as { self?: unknown }).self = original;
});

const request = (file: { name: string; bytes: Uint8Array }, skip = 0): ExtractRequest => ({
  requestId: 7,
  file,
  skip,
  timeLimitMs: 30_000,
});

describe("extract.worker.ts", () => {
  it("loads the division list, counts, names each file as it starts, answers it, then says done", async () => {
    const posted: ExtractResponse[] = [];
    const scope: {
      onmessage: ((e: { data: ExtractRequest }) => void) | null;
      postMessage: (m: ExtractResponse) => void;
    } = { onmessage: null, postMessage: (m) => posted.push(m) };
    (globalThis as { self?: unknown }).self = scope;
    await import("../../src/workers/extract.worker");
    const bytes = new Uint8Array(readFileSync("data/reports/2023-chengkou-xianyi.txt"));
    scope.onmessage?.({ data: request({ name: "b.txt", bytes }) });
    // The Worker answers once its division list has loaded (its own chunk).
    await expect.poll(() => posted.at(-1)?.type, { timeout: 20_000, interval: 50 }).toBe("done");
    expect(posted.map((m) => m.type)).toEqual(["count", "start", "result", "done"]);
    // A file that is not an archive is named without its key (the page has its bytes); the key
    // comes with the answer, hashed while the file was read.
    expect(posted[1]).toMatchObject({ name: "b.txt", key: null });
    const result = posted[2];
    expect(result?.type === "result" && result.outcome.key).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(result?.type === "result" && result.outcome.ok && result.outcome.record.township).toBe("咸宜镇");
    expect(result?.type === "result" && result.outcome.ok && result.outcome.record.division).toMatchObject({
      code: "500229110",
      basis: "stated",
    });
  }, 30_000);
});

describe("handleRequest", () => {
  it("catches a failure in reading so the caller still gets an answer and a done", async () => {
    const posted: ExtractResponse[] = [];
    const poisoned = new Proxy(new Uint8Array(4), {
      get() {
        throw new Error("detached buffer");
      },
    });
    await handleRequest(request({ name: "bad.txt", bytes: poisoned }), (m) => posted.push(m));
    expect(posted.find((m) => m.type === "result")).toMatchObject({
      outcome: { ok: false, reason: expect.stringContaining("《bad.txt》：读取时出错") },
    });
    expect(posted.at(-1)?.type).toBe("done");
  });

  it("answers a .zip entry by entry, and resumes past the entries a restart skips", async () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    const zip = zipSync({ "a/1.txt": enc("一号正文"), "a/2.txt": enc("二号正文"), "3.txt": enc("") });
    const posted: ExtractResponse[] = [];
    await handleRequest(request({ name: "批.zip", bytes: zip }, 1), (m) => posted.push(m));
    expect(posted[0]).toEqual({ type: "count", requestId: 7, count: 3 });
    const results = posted.flatMap((m) => (m.type === "result" ? [m] : []));
    expect(results.map((m) => [m.index, m.outcome.name, m.outcome.ok])).toEqual([
      [1, "批.zip/a/2.txt", true],
      [2, "批.zip/3.txt", false],
    ]);
  });
});
