// The Worker module's wiring: it listens on `self` and answers through `self.postMessage`.
import { readdirSync, readFileSync } from "node:fs";
import { zipSync } from "fflate";
import { afterEach, describe, expect, it } from "vitest";
import type { ExtractRequest, ExtractResponse, FileOutcome } from "../../src/workers";
import { importKey } from "../../src/io";
import { handleRequest, handleRequests } from "../../src/workers/handle";
import { encodeGb18030 } from "../io/gb18030";

const original = (globalThis as { self?: unknown }).self;
afterEach(() => {
  (globalThis as { self?: unknown }).self = original;
});

const outcomeOf = (m: ExtractResponse | undefined): FileOutcome => {
  if (m?.type !== "result") throw new Error(`not a result: ${JSON.stringify(m)}`);
  return JSON.parse(m.outcome) as FileOutcome;
};

const request = (file: { name: string; bytes: Uint8Array }, skip = 0): ExtractRequest => ({
  requestId: 7,
  file,
  skip,
  timeLimitMs: 30_000,
});

describe("extract.worker.ts", () => {
  it("loads the division list and answers a plain file in one message, its outcome as JSON", async () => {
    const posted: ExtractResponse[] = [];
    const scope: {
      onmessage: ((e: { data: ExtractRequest }) => void) | null;
      postMessage: (m: ExtractResponse[]) => void;
    } = { onmessage: null, postMessage: (m) => posted.push(...m) };
    (globalThis as { self?: unknown }).self = scope;
    await import("../../src/workers/extract.worker");
    const bytes = new Uint8Array(readFileSync("data/reports/2023-chengkou-xianyi.txt"));
    scope.onmessage?.({ data: request({ name: "b.txt", bytes }) });
    // The Worker answers once its division list has loaded (its own chunk).
    await expect.poll(() => posted.length, { timeout: 20_000, interval: 50 }).toBe(1);
    // The page knows the file and that it runs next: no count, no start, no done, one answer.
    expect(posted[0]).toMatchObject({ type: "result", requestId: 7, index: 0, last: true });
    const outcome = outcomeOf(posted[0]);
    // The key comes with the answer, hashed while the file was read.
    expect(outcome.key).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(outcome.ok && outcome.record.township).toBe("咸宜镇");
    expect(outcome.ok && outcome.record.division).toMatchObject({ code: "500229110", basis: "stated" });
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
    expect(posted).toHaveLength(1);
    expect(posted[0]).toMatchObject({ type: "result", last: true });
    expect(outcomeOf(posted[0])).toMatchObject({
      ok: false,
      reason: expect.stringContaining("《bad.txt》：读取时出错"),
    });
  });

  it("answers a .zip entry by entry, and resumes past the entries a restart skips", async () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    const zip = zipSync({ "a/1.txt": enc("一号正文"), "a/2.txt": enc("二号正文"), "3.txt": enc("") });
    const posted: ExtractResponse[] = [];
    await handleRequest(request({ name: "批.zip", bytes: zip }, 1), (m) => posted.push(m));
    expect(posted[0]).toEqual({ type: "count", requestId: 7, count: 3 });
    expect(posted.map((m) => m.type)).toEqual(["count", "start", "result", "start", "result"]);
    expect(posted[1]).toMatchObject({
      index: 1,
      name: "批.zip/a/2.txt",
      key: expect.stringMatching(/^sha256:/),
    });
    const results = posted.flatMap((m) => (m.type === "result" ? [m] : []));
    expect(results.map((m) => [m.index, outcomeOf(m).name, outcomeOf(m).ok, m.last])).toEqual([
      [1, "批.zip/a/2.txt", true, false],
      [2, "批.zip/3.txt", false, true],
    ]);
  });

  it("says done when a restart skips every entry of a .zip", async () => {
    const zip = zipSync({ "1.txt": new TextEncoder().encode("正文") });
    const posted: ExtractResponse[] = [];
    await handleRequest(request({ name: "批.zip", bytes: zip }, 1), (m) => posted.push(m));
    expect(posted.map((m) => m.type)).toEqual(["done"]);
  });

  it("answers several requests posted in one message in order, each with its own key", async () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    const report = new Uint8Array(readFileSync("data/reports/2023-chengkou-xianyi.txt"));
    const zip = zipSync({ "1.txt": enc("一号正文"), "2.txt": enc("二号正文") });
    const files = [
      { name: "a.txt", bytes: report },
      { name: "空.txt", bytes: new Uint8Array() },
      { name: "批.zip", bytes: zip },
      { name: "b.txt", bytes: enc("第二份报告正文") },
    ];
    const posted: ExtractResponse[] = [];
    await handleRequests(
      files.map((file, i) => ({ ...request(file), requestId: i + 1 })),
      (m) => posted.push(m),
    );
    const results = posted.flatMap((m) =>
      m.type === "result" ? [[m.requestId, outcomeOf(m)] as const] : [],
    );
    expect(results.map(([id, o]) => [id, o.name, o.ok])).toEqual([
      [1, "a.txt", true],
      [2, "空.txt", false],
      [3, "批.zip/1.txt", true],
      [3, "批.zip/2.txt", true],
      [4, "b.txt", true],
    ]);
    const keys = await Promise.all(
      [report, new Uint8Array(), enc("一号正文"), enc("二号正文"), files[3]!.bytes].map(importKey),
    );
    expect(results.map(([, o]) => o.key)).toEqual(keys);
  });

  it("answers a run of plain files extracted together exactly as it answers each alone", async () => {
    const dir = "data/reports";
    const texts = readdirSync(dir)
      .filter((f) => f.endsWith(".txt"))
      .map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(`${dir}/${f}`)) }));
    // A GB18030 copy, an empty file and a flushed (re-run) request among them.
    const gbk = { name: "gbk.txt", bytes: encodeGb18030(readFileSync(`${dir}/${texts[0]!.name}`, "utf8")) };
    const files = [texts[0]!, gbk, { name: "空.txt", bytes: new Uint8Array() }, ...texts.slice(1)];
    const reqs = files.map((file, i) => ({
      ...request(file),
      requestId: i + 1,
      flush: i === 4 ? true : undefined,
    }));
    const together: ExtractResponse[] = [];
    await handleRequests(reqs, (m) => together.push(m));
    const alone: ExtractResponse[] = [];
    for (const req of reqs) await handleRequest(req, (m) => alone.push(m));
    expect(together.map((m) => m.type === "result" && [m.requestId, m.index, m.last])).toEqual(
      alone.map((m) => m.type === "result" && [m.requestId, m.index, m.last]),
    );
    expect(together.map(outcomeOf)).toEqual(alone.map(outcomeOf));
    expect(together.filter((m) => m.type === "result" && outcomeOf(m).ok)).toHaveLength(files.length - 1);
  });
});
