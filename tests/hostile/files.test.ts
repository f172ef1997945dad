// Hostile files (issue 10): each is refused or read within bounded time and memory, with a Chinese
// message naming the file and the limit, and the rest of its batch is unaffected. Speed itself is
// measured in `npm run bench`; the timeouts here only keep a regression from hanging the suite.
import { strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { extractEach, extractFile, type FileResult } from "../../src/data/from-files";
import { MAX_PART_BYTES, MAX_TEXT_CHARS, readReportFile } from "../../src/io";
import { documentXml, makeDocx, para } from "../io/docx-fixture";
import { manyPagesPdf } from "../io/pdf-fixture";
import { buildZip, zeros } from "./zip-builder";

const enc = (s: string) => new TextEncoder().encode(s);
const REPORT = "青石镇2023年法治政府建设情况报告\n一、主要工作\n全年开展法治宣传活动12场。\n";

async function all(bytes: Uint8Array, name: string): Promise<FileResult[]> {
  const out: FileResult[] = [];
  for await (const r of extractEach(bytes, name)) out.push(r);
  return out;
}

/** A .docx whose document.xml is a zip bomb: `inflated` bytes of zeros, its size claimed as `claimed`. */
function bombDocx(inflated: number, claimed = inflated): Uint8Array {
  return buildZip([
    { name: "[Content_Types].xml", data: strToU8("<Types/>") },
    { name: "word/document.xml", deflated: zeros(inflated), claimedSize: claimed },
  ]);
}

describe("deep nesting", () => {
  it("reads a 2 MB page of 200,000 nested <div> quickly, keeping its text", async () => {
    const n = 200_000;
    const html = `<html><body>${"<div>".repeat(n)}青石镇法治报告正文${"</div>".repeat(n)}</body></html>`;
    const r = await readReportFile(enc(html), "深.html");
    expect(r).toMatchObject({ ok: true, format: "html" });
    expect(r.ok && r.text).toContain("青石镇法治报告正文");
  }, 20_000);

  it("reads a small .docx of 100,000 nested <w:p> quickly", async () => {
    const n = 100_000;
    const body = `${"<w:p>".repeat(n)}<w:r><w:t>嵌套正文</w:t></w:r>${"</w:p>".repeat(n)}`;
    const bytes = makeDocx(body);
    expect(bytes.length).toBeLessThan(20_000);
    const r = await readReportFile(bytes, "深.docx");
    expect(r.ok && r.text).toContain("嵌套正文");
  }, 20_000);
});

describe("zip bombs and lying sizes", () => {
  it("refuses a zip bomb disguised as .docx, naming the file and the limit", async () => {
    const r = await readReportFile(bombDocx(200 * 1024 * 1024), "炸弹.docx");
    expect(r).toEqual({
      ok: false,
      reason: `《炸弹.docx》：文档内容解压后超过 ${MAX_PART_BYTES / 1024 / 1024} MB，可能是压缩炸弹，已拒绝`,
    });
  }, 30_000);

  it("refuses a .docx whose part claims 1 KB but inflates past the limit", async () => {
    const r = await readReportFile(bombDocx(100 * 1024 * 1024, 1024), "说谎.docx");
    expect(r).toMatchObject({
      ok: false,
      reason: expect.stringContaining("《说谎.docx》：文档内容解压后超过 32 MB"),
    });
  }, 30_000);

  it("refuses an .ofd whose page inflates past the limit, and says a truncated one is damaged", async () => {
    const ofd = buildZip([
      { name: "OFD.xml", data: strToU8("<ofd:OFD><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:OFD>") },
      { name: "Doc_0/Document.xml", deflated: zeros(100 * 1024 * 1024), claimedSize: 1024 },
    ]);
    expect(await readReportFile(ofd, "炸弹.ofd")).toEqual({
      ok: false,
      reason: "《炸弹.ofd》：OFD 内容解压后超过 32 MB，可能是压缩炸弹，已拒绝",
    });
    expect(await readReportFile(ofd.subarray(0, 200), "断.ofd")).toEqual({
      ok: false,
      reason: "《断.ofd》：OFD 文件已损坏或无法解析，请提供 .docx 或 .txt",
    });
  }, 30_000);

  it("in a .zip of reports, refuses the bomb entry and reads the others", async () => {
    const zip = buildZip([
      { name: "甲镇.txt", data: enc(REPORT) },
      { name: "炸弹.txt", deflated: zeros(100 * 1024 * 1024), claimedSize: 10 },
      { name: "乙镇.txt", data: enc(REPORT.replace("青石镇", "白沙镇")) },
    ]);
    const out = await all(zip, "批.zip");
    expect(out.map((r) => [r.name, r.ok])).toEqual([
      ["批.zip/甲镇.txt", true],
      ["批.zip/炸弹.txt", false],
      ["批.zip/乙镇.txt", true],
    ]);
    expect(out[1]).toMatchObject({ reason: "《炸弹.txt》：解压后超过 50 MB 上限，可能是压缩炸弹，已拒绝" });
  }, 30_000);
});

describe("huge inputs", () => {
  it("refuses a 200 MB text file by its size, before reading it", async () => {
    const r = await extractFile(new Uint8Array(200 * 1024 * 1024).fill(0x41), "巨大.txt");
    expect(r).toMatchObject({
      ok: false,
      reason: "《巨大.txt》：文件大小 200 MB，超过报告文件 20 MB 的上限，不像是一份报告，已拒绝",
    });
  }, 30_000);

  it("refuses a text under the size cap but far longer than any report (the engine never sees it)", async () => {
    const lines = "第1行。\n".repeat(Math.ceil((MAX_TEXT_CHARS + 10) / 5));
    const r = await extractFile(enc(lines), "长.txt");
    expect(r).toMatchObject({
      ok: false,
      reason: `《长.txt》：正文超过 ${MAX_TEXT_CHARS / 10000} 万字上限，不像是一份报告，已拒绝`,
    });
  }, 30_000);

  it("refuses a .docx with far more text than any report", async () => {
    const bytes = makeDocx(para("很长的段落。".repeat(MAX_TEXT_CHARS / 5)));
    const r = await extractFile(bytes, "长.docx");
    expect(r).toMatchObject({ ok: false, reason: expect.stringContaining("《长.docx》：正文超过") });
  }, 30_000);

  it("refuses a PDF of thousands of pages, saying how many and the limit", async () => {
    const r = await readReportFile(manyPagesPdf(3000), "千页.pdf");
    expect(r).toEqual({ ok: false, reason: "《千页.pdf》：PDF 共 3000 页，超过 500 页上限，已拒绝" });
  }, 60_000);
});

describe("time limit", () => {
  it("stops reading a file that overruns its limit and names it as timed out", async () => {
    const n = 50_000;
    const html = `<html><body>${"<p>段落</p>".repeat(n)}</body></html>`;
    const r = await extractFile(enc(html), "慢.html", { timeLimitMs: -1 });
    expect(r).toMatchObject({
      ok: false,
      timedOut: true,
      reason: expect.stringContaining("《慢.html》：处理超时"),
    });
  }, 20_000);

  it("keeps the document.xml a docx fixture builds well-formed (sanity for the cases above)", () => {
    expect(documentXml("<w:p/>")).toContain("<w:body><w:p/>");
  });
});
