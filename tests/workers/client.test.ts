// The page's extraction client against a fake Worker that runs the real handler (asynchronously,
// through structuredClone, one request after another, like a Worker, its answers grouped by the
// Worker's own Outbox) and misbehaves on request: a file whose name contains "crash" kills it, one
// containing "hang" stops it answering (inside a .zip too); answers it held are lost either way.
import { readFileSync } from "node:fs";
import { zipSync } from "fflate";
import { describe, expect, it, vi } from "vitest";
import {
  extractFiles,
  readBrowserFiles,
  type ExtractAnswer,
  type ExtractMessage,
  type ExtractProgress,
  type ExtractRequest,
  type ExtractResponse,
  type WorkerLike,
} from "../../src/workers";
import { handleRequest } from "../../src/workers/handle";
import { Outbox, type OutboxOptions } from "../../src/workers/outbox";

const utf8 = (s: string) => new TextEncoder().encode(s);
const SAMPLE = new Uint8Array(readFileSync("data/reports/2022-wanzhou-xinxiang.txt"));
const sample = { name: "2022-wanzhou-xinxiang.txt", bytes: SAMPLE };
const broken = { name: "坏.pdf", bytes: utf8("%PDF-1.7 ...") };
const empty = { name: "空.txt", bytes: new Uint8Array() };

class FakeWorker implements WorkerLike {
  static created = 0;
  static terminated = 0;
  onmessage: WorkerLike["onmessage"] = null;
  onerror: WorkerLike["onerror"] = null;
  static posted = 0;
  /** Requests received before the first was answered (the client posts ahead). */
  static postedBeforeFirstAnswer = 0;
  private dead = false;
  private answered = false;
  private queue: Promise<void> = Promise.resolve();
  private waiting = 0;
  /** How the fake groups its answers (the Worker's defaults unless a test says otherwise). */
  static outbox: OutboxOptions = {};
  /** Messages sent to the page, and the requests re-run with each answer at once. */
  static sent = 0;
  static flushRequests: string[] = [];
  private readonly outbox = new Outbox((msgs) => {
    if (this.dead) return;
    FakeWorker.sent++;
    setTimeout(() => this.onmessage?.({ data: msgs } as unknown as MessageEvent<ExtractAnswer>), 0);
  }, FakeWorker.outbox);
  constructor() {
    FakeWorker.created++;
  }
  /** Messages received (several requests may come in one). */
  static messages = 0;
  postMessage(msg: ExtractMessage): void {
    const copy = structuredClone(msg); // what postMessage does to the data
    FakeWorker.messages++;
    for (const req of Array.isArray(copy) ? (copy as ExtractRequest[]) : [copy as ExtractRequest]) {
      FakeWorker.posted++;
      this.waiting++;
      this.queue = this.queue
        .then(() => new Promise<void>((done) => setTimeout(() => this.handle(req, done), 0)))
        .then(() => {
          if (--this.waiting === 0) this.outbox.flush();
        });
    }
  }
  private handle(copy: ExtractRequest, done: () => void): void {
    if (this.dead) return done();
    if (copy.flush) FakeWorker.flushRequests.push(copy.file.name);
    if (copy.file.name.includes("crash")) {
      this.dead = true;
      this.onerror?.({ message: "boom", preventDefault() {} } as unknown as ErrorEvent);
      return done();
    }
    // A plain file is named by its request, an archive's entry by its "start".
    if (copy.file.name.includes("hang") && !copy.file.name.endsWith(".zip")) {
      this.dead = true;
      return done();
    }
    void handleRequest(copy, (msg: ExtractResponse, urgent?: boolean) => {
      if (this.dead) return;
      const last = msg.type === "done" || (msg.type === "result" && msg.last);
      if (last && !this.answered) {
        this.answered = true;
        FakeWorker.postedBeforeFirstAnswer = FakeWorker.posted;
      }
      this.outbox.post(msg, urgent);
      // The entry hangs once started: what the Worker still held is never sent.
      if (msg.type === "start" && msg.name.includes("hang")) this.dead = true;
    }).then(done);
  }
  terminate(): void {
    this.dead = true;
    FakeWorker.terminated++;
  }
}
const createWorker = () => new FakeWorker();

describe("extractFiles", () => {
  it("answers every file in order with its import key; a bad file gets a reason and spoils nothing", async () => {
    const onOutcome = vi.fn();
    const out = await extractFiles([broken, sample, empty], { createWorker, onOutcome });
    expect(out.map((o) => [o.name, o.ok])).toEqual([
      ["坏.pdf", false],
      ["2022-wanzhou-xinxiang.txt", true],
      ["空.txt", false],
    ]);
    expect(out[0]).toMatchObject({ reason: "《坏.pdf》：PDF 文件已损坏或无法解析，请提供文字版或 .docx" });
    expect(out[2]).toMatchObject({ reason: "《空.txt》：文件为空" });
    const good = out[1];
    expect(good?.ok && good.record.text.length).toBeGreaterThan(1000);
    const digest = await crypto.subtle.digest("SHA-256", SAMPLE);
    const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
    expect(good?.key).toBe(`sha256:${hex}`);
    expect(onOutcome.mock.calls.map((c) => c[1])).toEqual([0, 1, 2]);
  }, 30_000);

  it("posts the next files before the first is answered, so the Worker never waits for the page", async () => {
    FakeWorker.posted = 0;
    const out = await extractFiles([sample, empty, sample, broken, sample], { createWorker });
    expect(out.map((o) => o.ok)).toEqual([true, false, true, false, true]);
    expect(FakeWorker.postedBeforeFirstAnswer).toBeGreaterThanOrEqual(3);
    expect(FakeWorker.posted).toBe(5);
  }, 30_000);

  it("posts the files it sends ahead several to a message, each file once, answered in order", async () => {
    FakeWorker.posted = 0;
    FakeWorker.messages = 0;
    const files = Array.from({ length: 40 }, (_, i) => (i % 7 === 3 ? empty : sample));
    const out = await extractFiles(files, { createWorker });
    expect(out.map((o) => o.ok)).toEqual(files.map((f) => f === sample));
    expect(FakeWorker.posted).toBe(40);
    // The first file alone, then the others in groups: far fewer messages than files.
    expect(FakeWorker.messages).toBeLessThanOrEqual(8);
  }, 60_000);

  it("reports progress: n of N and the current file, N growing when a .zip is opened", async () => {
    const zip = { name: "乡镇.zip", bytes: zipSync({ "甲/1.txt": SAMPLE, "2.txt": SAMPLE }) };
    const seen: ExtractProgress[] = [];
    const out = await extractFiles([sample, zip], { createWorker, onProgress: (p) => seen.push(p) });
    expect(out.map((o) => o.name)).toEqual([sample.name, "乡镇.zip/甲/1.txt", "乡镇.zip/2.txt"]);
    expect(seen[0]).toEqual({ done: 0, total: 2, current: null });
    expect(seen).toContainEqual({ done: 1, total: 3, current: "乡镇.zip/甲/1.txt" });
    expect(seen.at(-1)).toEqual({ done: 3, total: 3, current: null });
    // Same bytes, same key: the workspace sees duplicates by key.
    expect(new Set(out.map((o) => o.key)).size).toBe(1);
  }, 30_000);

  it("replaces a Worker that crashed on one file and carries on with the rest", async () => {
    FakeWorker.created = 0;
    FakeWorker.terminated = 0;
    const out = await extractFiles([sample, { name: "crash.txt", bytes: utf8("x") }, sample], {
      createWorker,
    });
    expect(out.map((o) => o.ok)).toEqual([true, false, true]);
    expect(out[1]).toMatchObject({ name: "crash.txt", reason: "《crash.txt》：提取程序意外中止：boom" });
    // The crash may have lost answers the Worker held: a second Worker re-runs from the first
    // unanswered file, each answer at once, and crashes on the same file; a third runs the rest.
    expect(FakeWorker.created).toBe(3);
    expect(FakeWorker.terminated).toBe(3);
  }, 30_000);

  it("stops a file that overruns the time limit, reports it as timed out, and answers the others", async () => {
    const out = await extractFiles([{ name: "hang.txt", bytes: utf8("x") }, sample], {
      createWorker,
      timeLimitMs: 2000,
    });
    expect(out[0]).toMatchObject({
      name: "hang.txt",
      ok: false,
      timedOut: true,
      reason: "《hang.txt》：处理超时（超过 2 秒），已跳过此文件",
      key: expect.stringMatching(/^sha256:/),
    });
    expect(out[1]?.ok).toBe(true);
  }, 30_000);

  it("inside a .zip, stops only the entry that hangs and resumes with the next entry", async () => {
    const zip = zipSync({ "1.txt": SAMPLE, "hang.txt": utf8("卡住"), "3.txt": SAMPLE });
    const out = await extractFiles([{ name: "批.zip", bytes: zip }], { createWorker, timeLimitMs: 2000 });
    expect(out.map((o) => [o.name, o.ok])).toEqual([
      ["批.zip/1.txt", true],
      ["批.zip/hang.txt", false],
      ["批.zip/3.txt", true],
    ]);
    expect(out[1]).toMatchObject({ timedOut: true });
  }, 30_000);

  it("answers in groups: far fewer messages back than files", async () => {
    FakeWorker.sent = 0;
    const files = Array.from({ length: 40 }, (_, i) => (i % 7 === 3 ? empty : sample));
    const out = await extractFiles(files, { createWorker });
    expect(out.map((o) => o.ok)).toEqual(files.map((f) => f === sample));
    expect(FakeWorker.sent).toBeLessThanOrEqual(12);
  }, 60_000);

  it("re-runs the files whose answers a hung or crashed Worker held, then stops only the bad file", async () => {
    FakeWorker.outbox = { waitMs: 60_000 }; // nothing goes by time: the answers before the hang are held
    FakeWorker.flushRequests = [];
    try {
      const hang = { name: "hang.txt", bytes: utf8("x") };
      const crash = { name: "crash.txt", bytes: utf8("x") };
      const out = await extractFiles([sample, sample, sample, hang, sample, empty, crash, sample], {
        createWorker,
        timeLimitMs: 1500,
      });
      expect(out.map((o) => [o.name, o.ok])).toEqual([
        [sample.name, true],
        [sample.name, true],
        [sample.name, true],
        ["hang.txt", false],
        [sample.name, true],
        ["空.txt", false],
        ["crash.txt", false],
        [sample.name, true],
      ]);
      expect(out[3]).toMatchObject({ timedOut: true });
      expect(out[6]).toMatchObject({ reason: "《crash.txt》：提取程序意外中止：boom" });
      // The re-run starts at the first unanswered file (the first one's answer went at once).
      expect(FakeWorker.flushRequests.slice(0, 3)).toEqual([sample.name, sample.name, "hang.txt"]);
      expect(FakeWorker.flushRequests).toContain("crash.txt");
    } finally {
      FakeWorker.outbox = {};
    }
  }, 60_000);

  it("cancels: resolves with what was answered and stops the Worker", async () => {
    const controller = new AbortController();
    FakeWorker.terminated = 0;
    const out = await extractFiles([sample, { name: "hang.txt", bytes: utf8("x") }, sample], {
      createWorker,
      signal: controller.signal,
      onOutcome: () => setTimeout(() => controller.abort(), 10),
    });
    expect(out.map((o) => o.name)).toEqual([sample.name]);
    expect(FakeWorker.terminated).toBe(1);
  }, 30_000);

  it("refuses a file over its size limit before reading it", async () => {
    // Over every reader's limit (a .txt under 50 MB may still be a PDF inside, so it is read first).
    const big = new File([new Uint8Array(51 * 1024 * 1024)], "大.txt");
    const out = await extractFiles([big, sample], { createWorker });
    expect(out[0]).toEqual({
      name: "大.txt",
      key: "",
      ok: false,
      reason: "《大.txt》：文件大小 51 MB，超过报告文件 20 MB 的上限，不像是一份报告，已拒绝",
    });
    expect(out[1]?.ok).toBe(true);
  }, 30_000);

  it("answers every file even when no Worker can be created", async () => {
    const out = await extractFiles([sample, broken], {
      createWorker: () => {
        throw new Error("Worker is not defined");
      },
    });
    expect(out.map((o) => o.ok || o.reason)).toEqual([
      `《${sample.name}》：Worker is not defined`,
      `《${broken.name}》：Worker is not defined`,
    ]);
  }, 30_000);

  it("resolves to an empty list for no files", async () => {
    expect(await extractFiles([], { createWorker })).toEqual([]);
  }, 30_000);
});

describe("readBrowserFiles", () => {
  it("reads File objects into names and bytes", async () => {
    const files = [new File(["青石镇"], "a.txt"), new File([new Uint8Array([1, 2])], "b.bin")];
    expect(await readBrowserFiles(files)).toEqual([
      { name: "a.txt", bytes: new TextEncoder().encode("青石镇") },
      { name: "b.bin", bytes: new Uint8Array([1, 2]) },
    ]);
  });
});
