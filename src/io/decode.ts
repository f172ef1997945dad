// Bytes → string for report files. Chinese government documents arrive as UTF-8 (with or without
// a BOM), as UTF-16 from Windows Notepad, or as GB18030/GBK from older systems. A wrong guess gives
// mojibake that the extractor would then read as "no figures", so we decode strictly and refuse
// rather than guess.
import { fail, type ReadResult } from "./result";

export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "gb18030" | (string & {});

export interface Decoded {
  text: string;
  encoding: TextEncodingName;
}

/**
 * Decodes a text file. Order: a byte-order mark decides; then strict UTF-8 (GBK Chinese text is
 * practically never valid UTF-8, so a valid decode means UTF-8); then the charset the file declares
 * (an HTML page's meta tag), then strict GB18030, a superset of GBK and GB2312. The declared charset
 * may be given as a function: it is then read only when UTF-8 and UTF-16 have failed (finding it
 * costs more than decoding most reports).
 */
export function decodeText(
  bytes: Uint8Array,
  fileName: string,
  declaredCharset?: string | null | (() => string | null),
): ReadResult<Decoded> {
  if (bytes.length === 0) return fail(fileName, "文件为空");
  const bom = decodeByBom(bytes);
  if (bom) return checkPlausible(bom, fileName);

  const utf8 = tryDecode("utf-8", bytes);
  if (utf8 !== null) return checkPlausible({ text: utf8, encoding: "utf-8" }, fileName);

  const utf16 = sniffUtf16WithoutBom(bytes);
  if (utf16) return checkPlausible(utf16, fileName);

  const label = typeof declaredCharset === "function" ? declaredCharset() : declaredCharset;
  const declared = label ? normaliseCharset(label) : null;
  if (declared && declared !== "utf-8") {
    const text = tryDecode(declared, bytes);
    if (text !== null) return checkPlausible({ text, encoding: declared }, fileName);
  }
  const gb = tryDecode("gb18030", bytes);
  if (gb !== null) return checkPlausible({ text: gb, encoding: "gb18030" }, fileName);
  return fail(
    fileName,
    "无法识别文件编码（既不是 UTF-8，也不是 GB18030/GBK），请用记事本另存为 UTF-8 后导入",
  );
}

/** Maps the labels pages declare to the decoder we trust for them; GBK and GB2312 are subsets of GB18030. */
export function normaliseCharset(label: string): TextEncodingName | null {
  const l = label.trim().toLowerCase();
  if (l === "") return null;
  if (/^(gb2312|gbk|gb18030|x-gbk|cp936|ms936|windows-936|euc-cn|hz-gb-2312)$/.test(l)) return "gb18030";
  if (/^(utf-?8|unicode-1-1-utf-8)$/.test(l)) return "utf-8";
  try {
    return new TextDecoder(l).encoding;
  } catch {
    return null;
  }
}

// Decoders are reused: constructing one costs more than decoding a whole report. A non-streaming
// decode() leaves no state behind, so sharing them is safe.
const decoders = new Map<string, TextDecoder>();

function tryDecode(encoding: string, bytes: Uint8Array): string | null {
  let decoder = decoders.get(encoding);
  if (!decoder) {
    decoder = new TextDecoder(encoding, { fatal: true });
    decoders.set(encoding, decoder);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

function decodeByBom(bytes: Uint8Array): Decoded | null {
  const [a, b, c] = bytes;
  let encoding: TextEncodingName | null = null;
  if (a === 0xef && b === 0xbb && c === 0xbf) encoding = "utf-8";
  else if (a === 0xff && b === 0xfe) encoding = "utf-16le";
  else if (a === 0xfe && b === 0xff) encoding = "utf-16be";
  else if (a === 0x84 && b === 0x31 && c === 0x95 && bytes[3] === 0x33) encoding = "gb18030";
  if (!encoding) return null;
  // TextDecoder drops a leading BOM itself (ignoreBOM is false by default); GB18030's we drop here.
  const body = encoding === "gb18030" ? bytes.subarray(4) : bytes;
  const text = tryDecode(encoding, body);
  return text === null ? null : { text, encoding };
}

/**
 * UTF-16 saved without a BOM. UTF-8 and GBK text never contain zero bytes and UTF-16 nearly always
 * does (ASCII characters, and Han characters such as 一 U+4E00), so zero bytes make us try both byte
 * orders; the one that reads as Chinese text wins (the other gives Hangul, radicals and symbols).
 */
function sniffUtf16WithoutBom(bytes: Uint8Array): Decoded | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0 || !bytes.includes(0)) return null;
  let best: Decoded | null = null;
  let bestScore = 0.9; // below this share of ordinary characters, neither order is text
  for (const encoding of ["utf-16le", "utf-16be"] as const) {
    const text = tryDecode(encoding, bytes);
    const score = text === null ? 0 : ordinaryShare(text);
    if (text !== null && score > bestScore) {
      best = { text, encoding };
      bestScore = score;
    }
  }
  return best;
}

/** Share of characters a Chinese report is made of: ASCII, Han, CJK and full-width punctuation. */
function ordinaryShare(text: string): number {
  const ordinary = text.match(
    /[\t\n\r\x20-\x7E\u3000-\u303F\u4E00-\u9FFF\uFF00-\uFFEF\u2018-\u201D\u2026\u00B7]/g,
  );
  return text.length === 0 ? 0 : (ordinary?.length ?? 0) / text.length;
}

// Control characters other than tab, line feed, form feed and carriage return do not occur in
// text a person wrote; many of them mean a binary file that happened to decode.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F\uFFFD]/g;

function checkPlausible(decoded: Decoded, fileName: string): ReadResult<Decoded> {
  const { text } = decoded;
  if (text.trim() === "") return fail(fileName, "文件为空");
  const controls = text.match(CONTROL)?.length ?? 0;
  if (text.includes("\u0000") || controls > Math.max(2, text.length * 0.01)) {
    return fail(fileName, "无法识别文件编码（内容不像文本，可能是二进制文件或已损坏）");
  }
  return { ok: true, ...decoded };
}
