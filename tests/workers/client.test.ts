import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import {
  extractFilesInWorker,
  readBrowserFiles,
  type ExtractRequest,
  type ExtractResponse,
  type WorkerLike,
} from "../../src/workers";
import { handleRequest } from "../../src/workers/handle";

const utf8 = (s: string) => new TextEncoder().encode(s);
const sample = {
  name: "2022-wanzhou-xinxiang.txt",
  bytes: new Uint8Array(readFileSync("data/reports/2022-wanzhou-xinxiang.txt")),
};
const pdf = { name: "扫描件.pdf", bytes: utf8("%PDF-1.7 ...") };
const empty = { name: "空.txt", bytes: new Uint8Array() };

/** Runs the real handler asynchronously, like a Worker; files named "crash…" or "hang…" misbehave. */
class FakeWorker implements WorkerLike {
  static created = 0;
  static terminated = 0;
  onmessage: WorkerLike["onmessage"] = null;
  onerror: WorkerLike["onerror"] = null;
  constructor() {
    FakeWorker.created++;
  }
  postMessage(req: ExtractRequest): void {
    const copy = structuredClone(req); // what postMessage does to the data
    setTimeout(() => {
      const name = copy.files[0]?.name ?? "";
      if (name.startsWith("crash")) {
        this.onerror?.({ message: "boom", preventDefault() {} } as unknown as ErrorEvent);
        return;
      }
      if (name.startsWith("hang")) return;
      handleRequest(copy, (msg: ExtractResponse) =>
        this.onmessage?.({ data: msg } as MessageEvent<ExtractResponse>),
      );
    }, 0);
  }
  terminate(): void {
    FakeWorker.terminated++;
  }
}

const createWorker = () => new FakeWorker();

describe("extractFilesInWorker", () => {
  it("answers every file in order; a bad file gets a reason and spoils nothing", async () => {
    const onResult = vi.fn();
    const out = await extractFilesInWorker([pdf, sample, empty], { createWorker, onResult });
    expect(out.map((o) => [o.name, o.ok])).toEqual([
      ["扫描件.pdf", false],
      ["2022-wanzhou-xinxiang.txt", true],
      ["空.txt", false],
    ]);
    expect(out[0]).toEqual({
      name: "扫描件.pdf",
      ok: false,
      reason: "《扫描件.pdf》：暂不支持 PDF 文件，请另存为 .docx 或 .txt 后导入",
    });
    expect(out[2]).toEqual({ name: "空.txt", ok: false, reason: "《空.txt》：文件为空" });
    const good = out[1];
    expect(good?.ok && good.record.text.length).toBeGreaterThan(1000);
    expect(onResult).toHaveBeenCalledTimes(3);
    expect(onResult.mock.calls.map((c) => c[1])).toEqual([0, 1, 2]);
  });

  it("replaces a Worker that crashed on one file and carries on with the rest", async () => {
    FakeWorker.created = 0;
    FakeWorker.terminated = 0;
    const out = await extractFilesInWorker([sample, { name: "crash.txt", bytes: utf8("x") }, sample], {
      createWorker,
    });
    expect(out.map((o) => o.ok)).toEqual([true, false, true]);
    expect(out[1]).toEqual({ name: "crash.txt", ok: false, reason: "《crash.txt》：提取程序意外中止：boom" });
    expect(FakeWorker.created).toBe(2);
    expect(FakeWorker.terminated).toBe(2);
  });

  it("gives up on a file that hangs, after the time limit, and still answers the others", async () => {
    const out = await extractFilesInWorker([{ name: "hang.txt", bytes: utf8("x") }, sample], {
      createWorker,
      timeoutMs: 50,
    });
    expect(out[0]).toMatchObject({ ok: false, reason: expect.stringContaining("处理超时") });
    expect(out[1]?.ok).toBe(true);
  });

  it("answers every file even when no Worker can be created", async () => {
    const out = await extractFilesInWorker([sample, pdf], {
      createWorker: () => {
        throw new Error("Worker is not defined");
      },
    });
    expect(out).toEqual([
      { name: sample.name, ok: false, reason: `《${sample.name}》：Worker is not defined` },
      { name: pdf.name, ok: false, reason: `《${pdf.name}》：Worker is not defined` },
    ]);
  });

  it("resolves to an empty list for no files", async () => {
    expect(await extractFilesInWorker([], { createWorker })).toEqual([]);
  });
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
