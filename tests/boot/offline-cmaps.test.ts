// The offline single file carries only the simplified-Chinese (GB) CMaps (scripts/build/offline.ts):
// a PDF whose non-embedded font needs another one is refused with a clear reason naming the file,
// instead of reading on into wrong characters. Same reader as the offline extraction Worker.
import { readdirSync, readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { CHINESE_CMAP } from "../../scripts/build/offline";
import { configurePdfAssets, readReportFile } from "../../src/io";
import { textPdf } from "../io/pdf-fixture";

const DIR = "public/pdfjs/cmaps/";

beforeAll(() => {
  // What pdfCmaps puts into the offline Worker, read the way extract.worker.ts reads it.
  const inside = new Set(readdirSync(DIR).filter((f) => f.endsWith(".bcmap") && CHINESE_CMAP.test(f)));
  configurePdfAssets({
    cMapUrl: "inline:/",
    read: async (url) => {
      const name = url.slice("inline:/".length);
      if (!inside.has(name)) throw new Error(`pdf.js asset not available: ${url}`);
      return new Uint8Array(readFileSync(DIR + name));
    },
  });
});

describe("CMaps in the offline file", () => {
  it("a simplified-Chinese PDF reads", async () => {
    const r = await readReportFile(
      textPdf([["青石镇2023年法治政府建设情况报告", "一、主要工作"]]),
      "青石镇.pdf",
    );
    expect(r).toMatchObject({ ok: true, text: "青石镇2023年法治政府建设情况报告\n一、主要工作" });
  }, 60_000);

  it("a traditional-Chinese PDF (UniCNS) is refused by name, not read as garbage", async () => {
    const r = await readReportFile(
      textPdf([["青石鎮2023年法治政府建設情況報告", "一、主要工作"]], "cns"),
      "青石鎮.pdf",
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toContain("《青石鎮.pdf》");
      expect(r.reason).toContain("UniCNS-UCS2-H");
      expect(r.reason).toContain("另存为 .docx / .txt");
    }
  }, 60_000);
});
