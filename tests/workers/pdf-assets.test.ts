// The Worker points the PDF reader at the page's asset folder when a request names a new one, not
// again for every file of an import (parsing that URL per file was measurable Worker time).
import { describe, expect, it, vi } from "vitest";

const configured = vi.hoisted(() => [] as string[]);
vi.mock("../../src/io", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../../src/io")>()),
  configurePdfAssets: (assets: { cMapUrl: string }) => configured.push(assets.cMapUrl),
}));

const { handleRequest } = await import("../../src/workers/handle");

const request = (pdfAssetBase: string | undefined) => ({
  requestId: 1,
  file: { name: "a.txt", bytes: new TextEncoder().encode("某某镇2023年法治政府建设情况报告") },
  skip: 0,
  timeLimitMs: 30_000,
  pdfAssetBase,
});

describe("handleRequest and the PDF assets", () => {
  it("configures the CMap folder once per asset base, and anew when the base changes", async () => {
    const answers: unknown[] = [];
    const post = (m: unknown) => answers.push(m);
    await handleRequest(request("http://127.0.0.1:1/app/"), post);
    await handleRequest(request("http://127.0.0.1:1/app/"), post);
    await handleRequest(request(undefined), post);
    expect(configured).toEqual(["http://127.0.0.1:1/app/cmaps/"]);
    await handleRequest(request("http://127.0.0.1:1/other/"), post);
    await handleRequest(request("http://127.0.0.1:1/app/"), post);
    expect(configured).toEqual([
      "http://127.0.0.1:1/app/cmaps/",
      "http://127.0.0.1:1/other/cmaps/",
      "http://127.0.0.1:1/app/cmaps/",
    ]);
    expect(answers).toHaveLength(5);
  }, 20_000);
});
