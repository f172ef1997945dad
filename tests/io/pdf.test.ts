// PDFs through pdf.js, with the CMap files the app serves from its own origin (public/pdfjs/cmaps):
// the fixture's font is not embedded (STSong-Light, UniGB-UCS2-H), so without them no text is read.
import { readdirSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { fileURLToPath, pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { extractFile } from "../../src/data/from-files";
import { configurePdfAssets, readReportFile, SCANNED_PDF } from "../../src/io";
import { scannedPdf, textPdf } from "./pdf-fixture";

const SHIPPED = "public/pdfjs/cmaps/";

beforeAll(() => {
  configurePdfAssets({
    cMapUrl: pathToFileURL(SHIPPED).href,
    read: async (url) => new Uint8Array(await readFile(fileURLToPath(url))),
  });
});

describe("PDF with a text layer", () => {
  it("reads Chinese text in a non-embedded font, line by line and page after page", async () => {
    const bytes = textPdf([["青石镇2023年法治政府建设情况报告", "一、主要工作"], ["二、存在的问题"]]);
    expect(await readReportFile(bytes, "青石镇.pdf")).toEqual({
      ok: true,
      text: "青石镇2023年法治政府建设情况报告\n一、主要工作\n二、存在的问题",
      format: "pdf",
    });
  }, 60_000);

  it("gives the engine a report it can read, under an import key", async () => {
    const lines = readFileSync("data/reports/2023-chengkou-xianyi.txt", "utf8").split("\n").slice(0, 40);
    const r = await extractFile(textPdf([lines.filter((l) => l.trim() !== "")]), "咸宜镇.pdf");
    expect(r).toMatchObject({ ok: true, format: "pdf", key: expect.stringMatching(/^sha256:/) });
    expect(r.ok && r.record.township).toBe("咸宜镇");
  }, 60_000);

  it("refuses a scanned PDF (an image, no text) with an error, not an empty record", async () => {
    expect(await extractFile(scannedPdf(), "扫描.pdf")).toMatchObject({
      ok: false,
      reason: `《扫描.pdf》：${SCANNED_PDF}`,
    });
  }, 60_000);
});

describe("pdf.js assets served by the app", () => {
  it("are the installed pdfjs-dist's CMaps, file for file", () => {
    const installed = "node_modules/pdfjs-dist/cmaps/";
    const names = readdirSync(installed).sort();
    expect(readdirSync(SHIPPED).sort()).toEqual(names);
    for (const name of names)
      expect(readFileSync(SHIPPED + name).equals(readFileSync(installed + name)), name).toBe(true);
  });
});
