import { describe, expect, it } from "vitest";
import { extensionOf, MAX_REPORT_BYTES, readReportFile } from "../../src/io";
import { encodeGb18030 } from "./gb18030";

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...b: number[]) => new Uint8Array([...b, ...utf8(" padding to look like a file")]);

describe("readReportFile", () => {
  it("reads plain text in UTF-8 and GB18030 alike", async () => {
    const text = "青石镇2023年法治政府建设情况报告\n";
    expect(await readReportFile(utf8(text), "a.txt")).toEqual({
      ok: true,
      text,
      format: "text",
      encoding: "utf-8",
    });
    expect(await readReportFile(encodeGb18030(text), "a.txt")).toEqual({
      ok: true,
      text,
      format: "text",
      encoding: "gb18030",
    });
  });

  it.each([
    [
      "a broken PDF",
      bytes(0x25, 0x50, 0x44, 0x46, 0x2d, 0x31),
      "报告.pdf",
      "《报告.pdf》：PDF 文件已损坏或无法解析，请提供文字版或 .docx",
    ],
    [
      "a broken PDF even when misnamed",
      bytes(0x25, 0x50, 0x44, 0x46, 0x2d, 0x31),
      "报告.txt",
      "《报告.txt》：PDF 文件已损坏或无法解析，请提供文字版或 .docx",
    ],
    [
      "a truncated OLE container named .docx (read as Word 97–2003)",
      bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1),
      "报告.docx",
      "《报告.docx》：Word 文档已损坏或不完整，无法读取，请用 Word 或 WPS 打开后另存为 .docx 再导入",
    ],
    [
      "a scanned page",
      bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a),
      "扫描件.png",
      "《扫描件.png》：这是图片文件，无法提取文字，请提供文字版报告",
    ],
    [
      "a JPEG",
      bytes(0xff, 0xd8, 0xff, 0xe0),
      "照片.jpg",
      "《照片.jpg》：这是图片文件，无法提取文字，请提供文字版报告",
    ],
    [
      "RTF",
      utf8("{\\rtf1\\ansi 报告}"),
      "报告.rtf",
      "《报告.rtf》：暂不支持 RTF 文件，请另存为 .docx 或 .txt 后导入",
    ],
    ["an empty file", new Uint8Array(), "空.txt", "《空.txt》：文件为空"],
    ["a file named by a full path", new Uint8Array(), "C:\\报告\\2023\\空.txt", "《空.txt》：文件为空"],
  ])(
    "refuses %s with a reason that names the file",
    async (_name, input, fileName, reason) => {
      expect(await readReportFile(input, fileName)).toEqual({ ok: false, reason });
    },
    30_000, // a PDF loads pdf.js
  );

  it("names the format, not the encoding, for undecodable bytes under a known extension", async () => {
    const junk = new Uint8Array(64).map((_, i) => (i * 53 + 7) % 256);
    expect(await readReportFile(junk, "报告.xls")).toEqual({
      ok: false,
      reason: "《报告.xls》：这是表格文件，不是报告正文",
    });
  });

  it("refuses a file far larger than any report, saying the limit", async () => {
    const r = await readReportFile(new Uint8Array(MAX_REPORT_BYTES + 1), "大.txt");
    expect(r).toEqual({
      ok: false,
      reason: "《大.txt》：文件大小 20.0 MB，超过报告文件 20 MB 的上限，不像是一份报告，已拒绝",
    });
  });

  it("reads text under any name: the content decides", async () => {
    expect(await readReportFile(utf8("报告正文"), "报告.doc")).toMatchObject({ ok: true, format: "text" });
  });
});

describe("extensionOf", () => {
  it.each([
    ["a.TXT", "txt"],
    ["dir.v2/报告", ""],
    ["报告.docx ", "docx"],
    ["archive.tar.gz", "gz"],
  ])("%s → %s", (name, ext) => expect(extensionOf(name)).toBe(ext));
});
