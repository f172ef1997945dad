// Word 97–2003 (.doc) and WPS Office (.wps, the same binary format) → the report's text. The file is
// an OLE compound file (./cfb.ts); its WordDocument stream starts with the FIB, which says where
// the piece table (in the CLX, inside the 0Table or 1Table stream) lies. The piece table maps the
// document's character positions to runs of bytes, each either 8-bit (Windows-1252) or UTF-16LE.
// The main text comes first, then footnotes, headers, comments and endnotes; we keep the main text,
// footnotes and endnotes. Word's special characters become line breaks or disappear, and of a field
// (\x13 code \x14 result \x15) only its result is kept. Automatic list numbers are not in the text
// stream (they live in the list tables) and are not rendered; typed numbering is kept as typed.
import { CfbError, openCfb } from "./cfb";
import { extensionOf } from "./ext";
import { checkDeadline, TimeLimitExceeded } from "./limits";
import { fail, type ReadResult } from "./result";

const SAVE_AS_DOCX = "请用 Word 或 WPS 打开后另存为 .docx 再导入";

class DocError extends Error {
  constructor(readonly problem: string) {
    super(problem);
  }
}

const u16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;
const i32 = (b: Uint8Array, at: number) => u32(b, at) | 0;

const CP1252 = new TextDecoder("windows-1252");
const UTF16 = new TextDecoder("utf-16le");

export function docToText(
  bytes: Uint8Array,
  fileName: string,
  deadline?: number,
): ReadResult<{ text: string }> {
  const ext = extensionOf(fileName);
  const what = ext === "wps" ? "WPS 文字文件" : "Word 文档";
  try {
    const text = wordText(bytes, deadline);
    if (text.trim() === "") return fail(fileName, `${what}中没有文字（可能是扫描图片），请提供文字版`);
    return { ok: true, text };
  } catch (e) {
    if (e instanceof TimeLimitExceeded) throw e;
    if (e instanceof DocError) return fail(fileName, e.problem);
    if (e instanceof CfbError || e instanceof RangeError)
      return fail(fileName, `${what}已损坏或不完整，无法读取，${SAVE_AS_DOCX}`);
    throw e;
  }
}

/** The text of a Word 97–2003 binary. Throws DocError (a sentence), CfbError or RangeError. */
export function wordText(bytes: Uint8Array, deadline?: number): string {
  const cfb = openCfb(bytes);
  if (cfb.names.includes("EncryptedPackage"))
    throw new DocError("文件已加密，请在 Word 中取消密码并另存为 .docx");
  const doc = cfb.stream("WordDocument");
  if (!doc) {
    if (cfb.names.some((n) => n === "Workbook" || n === "Book"))
      throw new DocError("这是表格文件，不是报告正文");
    if (cfb.names.includes("PowerPoint Document")) throw new DocError("这是演示文稿，不是报告正文");
    throw new DocError(`不是 Word 或 WPS 文字文档（可能是旧版金山 WPS 格式），${SAVE_AS_DOCX}`);
  }
  if (doc.length < 0x200 || u16(doc, 0) !== 0xa5ec)
    throw new DocError(`不是有效的 Word 文档，${SAVE_AS_DOCX}`);
  const nFib = u16(doc, 2);
  const flags = u16(doc, 0x0a);
  if (flags & 0x0100) throw new DocError("文件已加密，请在 Word 中取消密码并另存为 .docx");
  if (nFib < 0xc1) throw new DocError(`这是 Word 95 或更早的格式，${SAVE_AS_DOCX}`);

  // FibBase (32 bytes), then csw + fibRgW, cslw + fibRgLw, cbRgFcLcb + fibRgFcLcb.
  const csw = u16(doc, 32);
  const lw = 32 + 2 + csw * 2 + 2; // fibRgLw
  const cslw = u16(doc, lw - 2);
  const fcLcb = lw + cslw * 4 + 2; // fibRgFcLcb
  const ccp = (n: number) => Math.max(0, i32(doc, lw + n * 4));
  const [ccpText, ccpFtn, ccpHdd, ccpMcr, ccpAtn, ccpEdn] = [3, 4, 5, 6, 7, 8].map(ccp) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const fcClx = u32(doc, fcLcb + 33 * 8);
  const lcbClx = u32(doc, fcLcb + 33 * 8 + 4);
  const table = cfb.stream(flags & 0x0200 ? "1Table" : "0Table");
  if (!table || lcbClx === 0 || fcClx + lcbClx > table.length)
    throw new DocError(`文档结构不完整（缺少文字索引），${SAVE_AS_DOCX}`);

  const all = pieceText(doc, table.subarray(fcClx, fcClx + lcbClx), deadline);
  const endnotesAt = ccpText + ccpFtn + ccpHdd + ccpMcr + ccpAtn;
  const body = clean(all.slice(0, ccpText));
  const notes = [all.slice(ccpText, ccpText + ccpFtn), all.slice(endnotesAt, endnotesAt + ccpEdn)]
    .flatMap((part) => clean(part).split("\n"))
    .filter((line) => line.trim() !== "")
    .map((line) => `注：${line.trim()}`);
  return notes.length > 0 ? `${body}\n\n${notes.join("\n")}` : body;
}

/** The document's characters in order, through the piece table of the CLX. */
function pieceText(doc: Uint8Array, clx: Uint8Array, deadline?: number): string {
  let at = 0;
  // Skip the Prc entries (property modifiers) before the Pcdt.
  while (clx[at] === 0x01) at += 3 + Math.max(0, (u16(clx, at + 1) << 16) >> 16);
  if (clx[at] !== 0x02) throw new DocError(`文档结构不完整（文字索引损坏），${SAVE_AS_DOCX}`);
  const lcb = u32(clx, at + 1);
  const plc = clx.subarray(at + 5, at + 5 + lcb);
  if (plc.length < lcb || (lcb - 4) % 12 !== 0) throw new RangeError("piece table");
  const pieces = (lcb - 4) / 12;
  let text = "";
  for (let i = 0; i < pieces; i++) {
    if (i % 256 === 0) checkDeadline(deadline);
    const cpStart = u32(plc, i * 4);
    const cpEnd = u32(plc, i * 4 + 4);
    if (cpEnd < cpStart) throw new RangeError("piece order");
    const count = cpEnd - cpStart;
    const fcValue = u32(plc, (pieces + 1) * 4 + i * 8 + 2);
    const compressed = (fcValue & 0x40000000) !== 0;
    const fc = fcValue & 0x3fffffff;
    const start = compressed ? fc / 2 : fc;
    const end = start + (compressed ? count : count * 2);
    if (!Number.isInteger(start) || end > doc.length) throw new RangeError("piece bytes");
    text += (compressed ? CP1252 : UTF16).decode(doc.subarray(start, end));
  }
  return text;
}

/**
 * Word's control characters → text: paragraph (\r), cell and row end (\x07), manual line break
 * (\x0b), page or section break (\x0c) and column break (\x0e) end a line; of a field only the result
 * stays; non-breaking hyphens become hyphens; anchors of pictures, notes and comments disappear.
 */
function clean(raw: string): string {
  let out = "";
  /** Open fields, innermost last: true once the field's result has begun. */
  const fields: boolean[] = [];
  let showing = true;
  for (const ch of raw) {
    if (ch === "\x13") fields.push(false);
    else if (ch === "\x14") {
      if (fields.length > 0) fields[fields.length - 1] = true;
    } else if (ch === "\x15") fields.pop();
    else {
      if (!showing) continue;
      if (ch === "\r" || ch === "\x07" || ch === "\x0b" || ch === "\x0c" || ch === "\x0e") out += "\n";
      else if (ch === "\x1e") out += "-";
      else if (ch === "\t" || ch >= " ") out += ch;
      continue;
    }
    showing = fields.every((inResult) => inResult);
  }
  return out
    .replace(/[ \t\u3000]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
