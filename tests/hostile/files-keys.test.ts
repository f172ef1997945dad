// Names that come from a file (its extension, an HTML tag) are never looked up in a plain object
// (issue 10): "x.constructor" or <constructor> would find Object's own members there.
import { describe, expect, it } from "vitest";
import { readReportFileSync } from "../../src/io";

/** Bytes that are neither UTF-8, UTF-16 nor GB18030: the reader falls back to the extension's message. */
const UNDECODABLE = new Uint8Array([0x00, 0x01, 0x02, 0xff, 0xfe, 0x80, 0x00, 0x00, 0x9f, 0x9f, 0, 1, 2, 3]);

const BUILT_INS = ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf"];
/** Those that reach the lookup (names and HTML tags are lower-cased; "__proto__" is no extension). */
const REACHING = ["constructor"];
const NOT_REACHING = BUILT_INS.filter((k) => !REACHING.includes(k));

describe("file-derived keys", () => {
  it.each(REACHING)("an undecodable file named x.%s gets the encoding message", (ext) => {
    const r = readReportFileSync(UNDECODABLE, `x.${ext}`);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason).toBe(
      `《x.${ext}》：无法识别文件编码（既不是 UTF-8，也不是 GB18030/GBK），请用记事本另存为 UTF-8 后导入`,
    );
  });

  it.each(NOT_REACHING)(
    "an undecodable file named x.%s gets the encoding message (never reaches the lookup)",
    (ext) => {
      const r = readReportFileSync(UNDECODABLE, `x.${ext}`);
      expect(r.ok ? "" : r.reason).toContain("无法识别文件编码");
    },
  );

  it("an undecodable .rtf still gets its own message (the lookup still works)", () => {
    const r = readReportFileSync(UNDECODABLE, "x.rtf");
    expect(r.ok ? "" : r.reason).toContain("暂不支持 RTF");
  });

  it.each(REACHING)("a page with a <%s> element is read, not thrown on", (tag) => {
    const html = `<html><body><p>第一段文字内容较长一些</p><${tag}>第二段文字内容</${tag}><p>第三段</p></body></html>`;
    const r = readReportFileSync(new TextEncoder().encode(html), "page.html");
    expect(r.ok ? r.text : r.reason).toMatch(/第一段[\s\S]*第二段[\s\S]*第三段/);
  });
});
