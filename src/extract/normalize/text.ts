// Text normalisation: one clean string that every offset (evidence, shortcomings) points into.
// Only removals and one-for-one character swaps happen here, so an offset map stays simple.

/** A normalised text, the page chrome removed from it, and a map back to the raw offsets. */
export interface NormalizedText {
  text: string;
  /** Lines of saved-page chrome that were removed (metadata can still be read from them). */
  chrome: string[];
  /** Maps an offset in `text` to the offset in the raw input. */
  toRaw(offset: number): number;
}

// Full-width ASCII (Ａ１％．) becomes ASCII so the number grammar sees one alphabet. These
// stay full-width because they are ordinary, readable Chinese punctuation.
const KEEP_FULL_WIDTH = new Set("，：；（）！？".split("").map((c) => c.charCodeAt(0)));

function halfWidth(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e && !KEEP_FULL_WIDTH.has(code))
    return String.fromCharCode(code - 0xfee0);
  if (code === 0x3000 || code === 0x00a0 || code === 0x09) return " ";
  return ch;
}

// Word → text conversions leave these behind; they are never report text.
const ARTEFACT = /\[(?:bookmark|_GoBack|image|OLE_LINK)[^\]\n]{0,120}\]/g;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;
// Lines without any of these are copied as they are.
export const NEEDS_CLEANING =
  /[\uff02-\uff07\uff0a\uff0b\uff0d-\uff19\uff1c-\uff1e\uff20-\uff5e\u3000\u00a0\t\u200b-\u200d\u2060\ufeff[]/;
// The same characters as a table: one char-code pass over the raw text finds every line that
// needs cleaning (tests/extract/normalize/text.test.ts holds it equal to the pattern).
const CLEANING = new Uint8Array(0x10000);
for (const [from, to] of [
  [0xff02, 0xff07],
  [0xff0a, 0xff0b],
  [0xff0d, 0xff19],
  [0xff1c, 0xff1e],
  [0xff20, 0xff5e],
  [0x200b, 0x200d],
] as const)
  CLEANING.fill(1, from, to + 1);
for (const code of [0x3000, 0xa0, 0x09, 0x2060, 0xfeff, 0x5b]) CLEANING[code] = 1;

/** The first position at or after `from` of a character that needs cleaning, or the text's length. */
export function nextToClean(text: string, from: number): number {
  const n = text.length;
  let i = from;
  while (i < n && CLEANING[text.charCodeAt(i)] === 0) i++;
  return i;
}

// Labels of the metadata block and toolbar of a saved government web page.
const CHROME_LABEL =
  "当前位置|您的位置|您现在的位置|现在位置|所在位置|索引号|组配分类|主题分类|体裁分类|发布机构|发文机关|成文日期|发文日期|发布日期|发布时间|" +
  "生效日期|废止日期|信息来源|来源|浏览次数|阅读次数|访问量|点击数|字体|字号|文号|名称|标题|有效性|关键词|分享到|责任编辑|编辑|作者|时间|阅读量|点击量|审核|校对";
const CHROME_LINE_START = new RegExp(`^\\s*【?(?:${CHROME_LABEL})】?\\s*[:：]`);
const CHROME_ANYWHERE = new RegExp(`(?:${CHROME_LABEL})\\s*[:：]`, "g");
// Whole-line chrome: toolbar words, breadcrumbs and paging links at the line start (tried at
// position 0 only), and two phrases found anywhere, whose pattern runs only when their word is in
// the line (indexOf), so a line of prose is not scanned by it.
const CHROME_WHOLE_START =
  /^\s*(?:【?(?:打印(?:本页)?|关闭(?:窗口)?|返回顶部|收藏|分享)】?\s*)+$|^\s*(?:网站首页|首页)\s*[>＞›»]|^\s*上一篇|^\s*下一篇/;
const CHROME_FONT = /字体\s*[:：]?\s*[[【]\s*(?:大|中|小|\s)*[\]】]/;

// What a line that CHROME_WHOLE_START matches can open with: white space (\s) or one of the
// first characters of its words. Other lines need not try the pattern.
const WHOLE_FIRST = new Uint8Array(0x10000);
for (const ch of "【打关返收分网首上下") WHOLE_FIRST[ch.charCodeAt(0)] = 1;
for (const code of [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
])
  WHOLE_FIRST[code] = 1;
WHOLE_FIRST.fill(1, 0x2000, 0x200b);

/** Whether CHROME_WHOLE_START could match a line opening with `code` (tested against \s). */
export function mayOpenWholeChrome(code: number): boolean {
  return WHOLE_FIRST[code] === 1;
}

function isWholeChrome(line: string): boolean {
  if (WHOLE_FIRST[line.charCodeAt(0)] === 1 && CHROME_WHOLE_START.test(line)) return true;
  if (line.includes("扫一扫在手机")) return true;
  return line.includes("字体") && CHROME_FONT.test(line);
}

/** Whether a line is web-page chrome (breadcrumbs, metadata block, toolbar). */
export function isChromeLine(line: string): boolean {
  if (line.length > 400) return false;
  if (isWholeChrome(line)) return true;
  // Every other chrome line has a label followed by a colon: skip the label scans without one.
  const ascii = line.indexOf(":");
  const wide = line.indexOf("：");
  const colon = ascii < 0 ? wide : wide < 0 ? ascii : Math.min(ascii, wide);
  if (colon < 0) return false;
  if (colon <= 12 && CHROME_LINE_START.test(line)) return true;
  if (line.length > 200) return false;
  // A metadata row with two or more labels ("发布机构: … 主题分类: …"): each label has a colon of
  // its own, so a line with a single colon (most prose that has one) is not tried.
  if (line.indexOf(":", colon + 1) < 0 && line.indexOf("：", colon + 1) < 0) return false;
  let labels = 0;
  CHROME_ANYWHERE.lastIndex = 0;
  while (CHROME_ANYWHERE.exec(line) && labels < 2) labels++;
  return labels >= 2;
}

// Text converted from PDF or fixed-width layouts breaks lines mid-sentence at a fixed width
// ("开展普法宣传活\n动120场"). When most lines share one width, such breaks are undone, so a cue
// and its number meet again. Short lines (headings) and lines ending a sentence keep their break.
const ENDS_SENTENCE = /[。！？；：!?;:”》）)]$/;

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 0x3000 || code === 0xa0;
}

/** The common width of a hard-wrapped text, or null when lines are paragraphs. */
export function hardWrapWidth(raw: string): number | null {
  const counts = new Map<number, number>();
  let lines = 0;
  let pos = 0;
  const n = raw.length;
  // The next \n and \r, found by indexOf (native) and looked for again only once passed.
  let lf = -1;
  let cr = raw.indexOf("\r") < 0 ? n : -1;
  while (pos <= n) {
    if (lf < pos) lf = raw.indexOf("\n", pos) >>> 0; // -1 (none) becomes 2^32 - 1, past any end
    if (cr < pos) cr = raw.indexOf("\r", pos) >>> 0;
    const end = Math.min(lf, cr, n);
    // Trimmed length: spaces, tabs and ideographic spaces at either end do not count.
    let a = pos;
    let b = end;
    while (a < b && isBlank(raw.charCodeAt(a))) a++;
    while (b > a && isBlank(raw.charCodeAt(b - 1))) b--;
    const len = b - a;
    if (len > 0) {
      lines++;
      if (len >= 20) counts.set(len, (counts.get(len) ?? 0) + 1);
    }
    pos = end + (raw.charCodeAt(end) === 13 && raw.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  if (lines < 8) return null;
  let best = 0;
  let bestCount = 0;
  for (const [len, n] of counts)
    if (n > bestCount || (n === bestCount && len > best)) [best, bestCount] = [len, n];
  let near = 0;
  for (const [len, n] of counts) if (Math.abs(len - best) <= 2) near += n;
  return best > 0 && near / lines >= 0.5 ? best : null;
}

/**
 * Normalises line endings, full-width forms and spaces; drops Word artefacts, zero-width
 * characters and web-page chrome lines; trims each line and collapses runs of blank lines.
 */
export function normalizeText(raw: string): NormalizedText {
  // Pieces of the output with their raw start, for the offset map.
  const outParts: string[] = [];
  const segOut: number[] = [];
  const segRaw: number[] = [];
  const chrome: string[] = [];
  let outLen = 0;
  let blankRun = 2; // no leading blank lines

  const emit = (s: string, rawStart: number): void => {
    if (!s) return;
    segOut.push(outLen);
    segRaw.push(rawStart);
    outParts.push(s);
    outLen += s.length;
  };

  const width = hardWrapWidth(raw);
  const lineBreak = (line: string, rawAt: number): void => {
    if (width !== null && line.length >= width - 2 && !ENDS_SENTENCE.test(line)) return;
    emit("\n", rawAt);
  };

  // Lines end at \r\n, \r or \n; most texts have no \r, and then indexOf finds each end.
  const n = raw.length;
  const hasCR = raw.includes("\r");
  // The next character to swap or drop: every line that ends before it is copied as it is.
  let toClean = nextToClean(raw, 0);
  let next: number;
  for (let lineStart = 0; lineStart < n; lineStart = next) {
    let lineEnd = lineStart;
    if (!hasCR) {
      lineEnd = raw.indexOf("\n", lineStart);
      if (lineEnd < 0) lineEnd = n;
    } else while (lineEnd < n && raw.charCodeAt(lineEnd) !== 10 && raw.charCodeAt(lineEnd) !== 13) lineEnd++;
    next = lineEnd + (raw.charCodeAt(lineEnd) === 13 && raw.charCodeAt(lineEnd + 1) === 10 ? 2 : 1);
    const body = raw.slice(lineStart, lineEnd);
    if (toClean < lineStart) toClean = nextToClean(raw, lineStart);
    if (toClean >= lineEnd) {
      // Fast path: nothing to swap or drop, so the line maps one to one.
      let a = 0;
      let b = body.length;
      while (a < b && body.charCodeAt(a) === 32) a++;
      while (b > a && body.charCodeAt(b - 1) === 32) b--;
      const trimmed = body.slice(a, b);
      if (!trimmed) {
        if (blankRun < 1) emit("\n", lineStart + body.length);
        blankRun++;
      } else if (isChromeLine(trimmed)) chrome.push(trimmed);
      else {
        blankRun = 0;
        emit(trimmed, lineStart + a);
        lineBreak(trimmed, lineStart + body.length);
      }
      continue;
    }
    // Swap characters one for one; drop artefacts and zero-width marks with the map kept.
    const cleaned = body.replace(ZERO_WIDTH, "\u0000").replace(ARTEFACT, (a) => "\u0000".repeat(a.length));
    let line = "";
    const map: number[] = []; // index in `line` → index in body
    for (let i = 0; i < cleaned.length; i++) {
      const ch = cleaned[i] as string;
      if (ch === "\u0000") continue;
      line += halfWidth(ch);
      map.push(i);
    }
    // Trim both ends.
    let a = 0;
    let b = line.length;
    while (a < b && line.charCodeAt(a) === 32) a++;
    while (b > a && line.charCodeAt(b - 1) === 32) b--;
    const trimmed = line.slice(a, b);
    if (trimmed && isChromeLine(trimmed)) {
      chrome.push(trimmed);
      continue;
    }
    if (!trimmed) {
      if (blankRun < 1) emit("\n", lineStart + body.length);
      blankRun++;
      continue;
    }
    blankRun = 0;
    // Emit runs that are contiguous in the raw line, so the map stays exact.
    let runStart = a;
    for (let i = a + 1; i <= b; i++) {
      if (i === b || (map[i] as number) !== (map[i - 1] as number) + 1) {
        emit(line.slice(runStart, i), lineStart + (map[runStart] as number));
        runStart = i;
      }
    }
    lineBreak(trimmed, lineStart + body.length);
  }
  // No trailing blank lines: dropped as parts before the join, so the text stays one flat string
  // (a slice of the joined text would be a view into it, slower to read for every later scan).
  while (outParts[outParts.length - 1] === "\n") outParts.pop();
  let text = outParts.join("");
  while (text.endsWith("\n\n")) text = text.slice(0, -1);
  if (text.endsWith("\n")) text = text.slice(0, -1);

  const toRaw = (offset: number): number => {
    // Binary search for the last segment starting at or before offset.
    let lo = 0;
    let hi = segOut.length - 1;
    if (hi < 0) return offset;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((segOut[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return (segRaw[lo] as number) + (offset - (segOut[lo] as number));
  };
  return { text, chrome, toRaw };
}
