// The quantity tokenizer: every "number + unit" (or percentage) in a text, with its qualifiers.
// A number only counts when a unit follows it, which already rules out document numbers
// (〔2023〕9号), dates (2023-12-10, 20231210), hotlines (12348热线), festival dates ("3.15"),
// "八五"普法 and distances (1.5公里). All quantifiers are bounded, so scanning stays linear.
import type { Approx } from "../../domain";
import { parseArabicNumber, parseChineseNumber } from "./numbers";

export interface Quantity {
  /** Start of the number (after any 约/近/超过 before it). */
  start: number;
  /** End of the token, after the unit and any 以上/左右. */
  end: number;
  /** Start of a qualifier before the number (约/近/超过/逾), else `start`. */
  qualifierStart: number;
  value: number;
  /** Unit as written, normalised: "%" for 百分之 and ％. */
  unit: string;
  approx: Approx;
  isPercent: boolean;
  /** The number was written in Chinese numerals. */
  chinese: boolean;
}

// Longest first, so 人次 wins over 人 and 场次 over 场.
const UNITS = [
  "人次",
  "场次",
  "户次",
  "件次",
  "起",
  "件",
  "次",
  "场",
  "期",
  "份",
  "册",
  "本",
  "张",
  "人",
  "名",
  "个",
  "块",
  "处",
  "条",
  "篇",
  "项",
  "家",
  "批次",
  "批",
  "户",
  "宗",
  "例",
] as const;
const CN = "[零〇一二两三四五六七八九十百千万亿]";
// Chinese numerals by char code (a table, not a set of one-character strings: the scan below
// looks at every numeral-like character of the text).
const CN_CHAR = new Uint8Array(0x10000);
for (const ch of "零〇一二两三四五六七八九十百千万亿") CN_CHAR[ch.charCodeAt(0)] = 1;
const isCn = (code: number): boolean => CN_CHAR[code] === 1;

// Stage 1 finds number runs (a simple first-character set keeps the scan fast); stage 2 reads
// what follows a run with a sticky pattern. Both are bounded, so the scan is linear.
// 1: 百分之 number; 2: Arabic; 3: Chinese numeral.
const NUMBER_RUN = new RegExp(
  `百分之(\\d{1,3}(?:\\.\\d{1,3})?|${CN}{1,4})|(\\d{1,3}(?:,\\d{3}){1,3}(?:\\.\\d{1,4})?|\\d{1,12}(?:\\.\\d{1,4})?)|(${CN}{1,8})`,
  "y",
);
// Where a number run may start: ASCII digits and Chinese numerals (百 also opens 百分之).
const STARTS_NUMBER = new Uint8Array(0x10000);
for (const ch of "0123456789零〇一二两三四五六七八九十百千万亿") STARTS_NUMBER[ch.charCodeAt(0)] = 1;

/** The next number run at or after `from`: a char-code scan, then the sticky pattern. */
function nextRun(text: string, from: number): RegExpExecArray | null {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (STARTS_NUMBER[code] === 0) continue;
    // Chinese numerals are common inside words (统一, 进一步, 十分): a run of them that no unit
    // follows, or that continues another numeral, is passed over here without the pattern. This
    // is the tokenizer's own first test below, made before the match; the pattern would match
    // exactly this run (at most 8 numerals), as nothing else can start with a non-digit but 百分之.
    if (!isDigit(code) && !text.startsWith("百分之", i)) {
      let end = i + 1;
      while (end < text.length && end - i < 8 && isCn(text.charCodeAt(end))) end++;
      const prev = i > 0 ? text.charCodeAt(i - 1) : 0;
      if (isCn(text.charCodeAt(i - 1)) || isDigit(prev) || !AFTER_FIRST.has(text.charCodeAt(end))) {
        i = end - 1;
        continue;
      }
    }
    NUMBER_RUN.lastIndex = i;
    const m = NUMBER_RUN.exec(text);
    if (m) return m;
  }
  return null;
}

// 1: multiplier (Arabic only); 2: 余/多 inside; 3: %; 4: unit; 5: qualifier after.
const AFTER_NUMBER = new RegExp(
  `([万千亿]?)(余|多|来)?(?:(%)|(${UNITS.join("|")}))(以上|左右|之多|余|多)?`,
  "y",
);
// What may follow a number run for it to be a quantity: a quick test before the sticky pattern.
const AFTER_FIRST = new Set(
  [..."万千亿余多来%", ...UNITS.map((u) => u[0] as string)].map((c) => c.charCodeAt(0)),
);
const WAN = "万".charCodeAt(0);
const COMPOUND = /万(\d)千/y;
const QUALIFIER_BEFORE = /(大约|将近|超过|多达|约|近|逾)$/;

const AT_LEAST_BEFORE = new Set(["超过", "逾", "多达"]);
// A range written before the number ("20-30场次", "二十至三十场", "1.2万-1.5万人次"): the figure
// is its lower bound, at least, and the evidence starts there. The upper bound alone would
// overstate what was done. A bare lower bound shares the upper bound's 万 or 千 when that keeps it
// below the upper bound ("1.2—1.5万" is 1.2万 to 1.5万; "8000-1万" is 8000 to 1万).
const RANGE_BEFORE =
  /(?<![\d.一二两三四五六七八九十百千万])(\d{1,7}(?:\.\d{1,4})?|[一二两三四五六七八九十百千]{1,6})(万?)(?:-|－|~|～|—{1,2}|至|到)$/;
const SCALE: Readonly<Record<string, number>> = { 千: 1e3, 万: 1e4, 亿: 1e8 };
// The last character each of the two patterns above can end on: most numbers have neither
// before them, and then neither pattern needs to run (their `$` is the number's start).
const ENDS_QUALIFIER = new Set([..."约近过达逾"].map((c) => c.charCodeAt(0)));
const ENDS_RANGE = new Set([..."-－~～—至到"].map((c) => c.charCodeAt(0)));

/** Is `digits` a year glued to a count (20239 = 2023年9次)? Such a token yields nothing. */
export function isYearGluedCount(digits: string, year: number | null): boolean {
  if (digits.length < 5 || digits.length > 6 || !/^\d{5,6}$/.test(digits)) return false;
  const y = Number(digits.slice(0, 4));
  const rest = digits.slice(4);
  if (rest.startsWith("0")) return false; // 20000, 20500: real counts
  if (year !== null) return Math.abs(y - year) <= 3;
  return y >= 2000 && y <= 2039;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Finds every quantity in `text`. `year` (the report year) helps spot year-glued typos. */
export function tokenizeQuantities(text: string, year: number | null = null): Quantity[] {
  const out: Quantity[] = [];
  let from = 0;
  let m: RegExpExecArray | null;
  while ((m = nextRun(text, from)) !== null) {
    const [whole, pctNum, arabic, chinese] = m;
    from = m.index + whole.length;
    const at = m.index;
    const prev = at > 0 ? text.charCodeAt(at - 1) : 0;
    const runEnd = at + whole.length;
    // Only whole runs: not the tail of a longer number, nor "3" of "3.15".
    if (arabic !== undefined && (isDigit(prev) || prev === 46 || isDigit(text.charCodeAt(runEnd)))) continue;
    if (chinese !== undefined && (isCn(text.charCodeAt(at - 1)) || isDigit(prev))) continue;
    let value: number | null;
    let unit = "%";
    let approx: Approx = "exact";
    let end = runEnd;
    // The number's own multiplier (1.5万, 1万2千 → 万; 二万 → its last numeral), for a range's lower bound.
    let scale = 1;
    if (pctNum !== undefined) {
      value = /\d/.test(pctNum) ? Number(pctNum) : parseChineseNumber(pctNum);
    } else {
      // "1万2千余份": ten-thousands and thousands written as two Arabic numbers.
      let thousands = 0;
      let afterAt = runEnd;
      if (arabic !== undefined && text.charCodeAt(runEnd) === WAN) {
        COMPOUND.lastIndex = runEnd;
        const c = COMPOUND.exec(text);
        if (c) {
          thousands = Number(c[1]) * 1000;
          afterAt = runEnd + c[0].length;
        }
      }
      if (!AFTER_FIRST.has(text.charCodeAt(afterAt))) continue;
      AFTER_NUMBER.lastIndex = afterAt;
      const a = AFTER_NUMBER.exec(text);
      if (!a) continue; // a bare number with no unit is not a quantity
      const [after, mult, inner, pctSign, unitWord, post] = a;
      if (mult && (arabic === undefined || thousands)) continue;
      if (pctSign === undefined) unit = unitWord as string;
      end = afterAt + after.length;
      if (arabic !== undefined) {
        if (arabic.length > 9 && arabic.replace(/[,.]/g, "").length > 9) continue; // phone numbers, ids
        if (
          arabic.indexOf(",") < 0 &&
          arabic.indexOf(".") < 0 &&
          !mult &&
          !thousands &&
          isYearGluedCount(arabic, year)
        )
          continue;
        value = thousands
          ? (parseArabicNumber(arabic, "万") as number) + thousands
          : parseArabicNumber(arabic, mult ?? "");
      } else value = parseChineseNumber(chinese as string);
      scale = thousands
        ? 1e4
        : (SCALE[arabic !== undefined ? (mult ?? "") : (chinese as string).slice(-1)] ?? 1);
      if (
        inner === "余" ||
        inner === "多" ||
        post === "以上" ||
        post === "余" ||
        post === "多" ||
        post === "之多"
      )
        approx = "at_least";
      if (inner === "来" || post === "左右") approx = "about";
    }
    if (value === null) continue;
    const last = text.charCodeAt(at - 1);
    const before = ENDS_QUALIFIER.has(last)
      ? QUALIFIER_BEFORE.exec(text.slice(Math.max(0, at - 2), at))
      : null;
    let qualifierStart = at;
    const range = ENDS_RANGE.has(last) ? RANGE_BEFORE.exec(text.slice(Math.max(0, at - 12), at)) : null;
    if (range) {
      let low = /\d/.test(range[1] as string)
        ? parseArabicNumber(range[1] as string, range[2] as string)
        : parseChineseNumber(`${range[1] as string}${range[2] as string}`);
      if (low !== null && range[2] === "" && scale > 1 && low * scale <= value) low = low * scale;
      if (low !== null && low < value) {
        value = low;
        approx = "at_least";
        qualifierStart = at - range[0].length;
      }
    } else if (before) {
      qualifierStart = at - (before[1] as string).length;
      if (approx === "exact") approx = AT_LEAST_BEFORE.has(before[1] as string) ? "at_least" : "about";
    }
    out.push({
      start: at,
      end,
      qualifierStart,
      value,
      unit,
      approx,
      isPercent: unit === "%",
      chinese: chinese !== undefined || (pctNum !== undefined && !/\d/.test(pctNum)),
    });
    from = end;
  }
  return out;
}
