import { describe, expect, it } from "vitest";
import { decodeText, normaliseCharset } from "../../src/io";
import { encodeGb18030 } from "./gb18030";

const SAMPLE = "示例县青石镇2023年法治政府建设情况报告\n全年调处矛盾纠纷70余起，成功率100%。\n";

const utf8 = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: (Uint8Array | number[])[]) => new Uint8Array(parts.flatMap((p) => [...p]));
function utf16(s: string, bigEndian: boolean): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    out.push(...(bigEndian ? [u >> 8, u & 0xff] : [u & 0xff, u >> 8]));
  }
  return new Uint8Array(out);
}

describe("decodeText", () => {
  it.each([
    ["UTF-8", utf8(SAMPLE), "utf-8"],
    ["UTF-8 with BOM (the BOM is dropped)", concat([0xef, 0xbb, 0xbf], utf8(SAMPLE)), "utf-8"],
    ["UTF-16 LE with BOM", concat([0xff, 0xfe], utf16(SAMPLE, false)), "utf-16le"],
    ["UTF-16 BE with BOM", concat([0xfe, 0xff], utf16(SAMPLE, true)), "utf-16be"],
    ["UTF-16 LE without BOM", utf16(SAMPLE, false), "utf-16le"],
    ["UTF-16 BE without BOM", utf16(SAMPLE, true), "utf-16be"],
    ["GB18030/GBK", encodeGb18030(SAMPLE), "gb18030"],
    ["GB18030 with its BOM", concat([0x84, 0x31, 0x95, 0x33], encodeGb18030(SAMPLE)), "gb18030"],
  ])("%s gives the same text", (_name, bytes, encoding) => {
    const r = decodeText(bytes, "r.txt");
    expect(r).toEqual({ ok: true, text: SAMPLE, encoding });
  });

  it("reads BOM-less UTF-16 of Chinese text with few ASCII characters and 一 (a zero low byte)", () => {
    const text = "存在的问题：一是普法形式单一。二是一些干部学法不够。三是一一落实不到位。\n".repeat(5);
    expect(decodeText(utf16(text, false), "r.txt")).toEqual({ ok: true, text, encoding: "utf-16le" });
    expect(decodeText(utf16(text, true), "r.txt")).toEqual({ ok: true, text, encoding: "utf-16be" });
  });

  it("the test encoder writes the GBK bytes a GBK system writes", () => {
    // 咸 CFCC, 宜 D2CB, 镇 D5F2 in GB2312/GBK code tables.
    expect([...encodeGb18030("咸宜镇")]).toEqual([0xcf, 0xcc, 0xd2, 0xcb, 0xd5, 0xf2]);
  });

  it("prefers valid UTF-8 over a page's wrong GBK declaration", () => {
    expect(decodeText(utf8(SAMPLE), "p.html", "gb2312")).toMatchObject({ ok: true, encoding: "utf-8" });
  });

  it("uses a declared charset other than GBK when the bytes are not UTF-8", () => {
    const big5 = new Uint8Array([0xa4, 0xa4, 0xa4, 0xe5]); // 中文 in Big5
    expect(decodeText(big5, "p.html", "big5")).toMatchObject({ ok: true, text: "中文", encoding: "big5" });
  });

  it.each([
    ["an empty file", new Uint8Array(), "《空.txt》：文件为空"],
    ["a file of blanks", utf8("  \n\r\n\t "), "《空.txt》：文件为空"],
  ])("refuses %s", (_name, bytes, reason) => {
    expect(decodeText(bytes, "dir/空.txt")).toEqual({ ok: false, reason });
  });

  it("refuses binary bytes with a clear Chinese reason instead of mojibake", () => {
    const bytes = new Uint8Array(256).map((_, i) => (i * 37 + 11) % 256);
    const r = decodeText(bytes, "数据.bin");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/^《数据\.bin》：无法识别文件编码/);
  });

  it("refuses text full of control characters", () => {
    const r = decodeText(utf8("abc\u0001\u0002\u0003\u0004def"), "x.txt");
    expect(r).toMatchObject({ ok: false });
  });
});

describe("normaliseCharset", () => {
  it.each([
    ["GB2312", "gb18030"],
    ["gbk", "gb18030"],
    ["GB18030", "gb18030"],
    ["UTF-8", "utf-8"],
    ["utf8", "utf-8"],
    ["big5", "big5"],
    ["no-such-charset", null],
    ["", null],
  ])("%s → %s", (label, expected) => {
    expect(normaliseCharset(label)).toBe(expected);
  });
});
