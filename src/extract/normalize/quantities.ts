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
  "余场次",
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
  "批",
  "户",
  "宗",
  "例",
] as const;
const UNIT_ALT = UNITS.filter((u) => !u.startsWith("余")).join("|");
const CN = "[零〇一二两三四五六七八九十百千万亿]";

// 1: qualifier before; 2: 百分之 number; 3: Arabic; 4: multiplier; 5: Chinese numeral;
// 6: 余/多 inside; 7: %; 8: unit; 9: qualifier after.
const QUANTITY = new RegExp(
  `(约|近|大约|将近|超过|逾|多达|达到|达)?` +
    `(?:百分之(\\d{1,3}(?:\\.\\d{1,3})?|${CN}{1,4}|百)` +
    `|(?<![\\d.,])(\\d{1,12}(?:,\\d{3}){0,3}(?:\\.\\d{1,4})?)(?![\\d])([万千亿]?)` +
    `|(?<!${CN})(${CN}{1,8}))` +
    `(?:(余|多|来)?(?:(%)|(${UNIT_ALT}))(以上|左右|之多|余|多)?)?`,
  "g",
);

const AT_LEAST_BEFORE = new Set(["超过", "逾", "多达"]);
const ABOUT_BEFORE = new Set(["约", "近", "大约", "将近"]);

/** Is `digits` a year glued to a count (20239 = 2023年9次)? Such a token yields nothing. */
export function isYearGluedCount(digits: string, year: number | null): boolean {
  if (!/^\d{5,6}$/.test(digits)) return false;
  const y = Number(digits.slice(0, 4));
  const rest = digits.slice(4);
  if (rest.startsWith("0")) return false; // 20000, 20500: real counts
  if (year !== null) return Math.abs(y - year) <= 3;
  return y >= 2000 && y <= 2039;
}

/** Finds every quantity in `text`. `year` (the report year) helps spot year-glued typos. */
export function tokenizeQuantities(text: string, year: number | null = null): Quantity[] {
  const out: Quantity[] = [];
  QUANTITY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = QUANTITY.exec(text)) !== null) {
    const [whole, before, pctNum, arabic, mult, chinese, inner, pctSign, unit, after] = m;
    if (whole === "") {
      QUANTITY.lastIndex++;
      continue;
    }
    const isPercent = pctNum !== undefined || pctSign !== undefined;
    // A bare number with no unit is not a quantity. Re-scan from just after the qualifier so a
    // number inside it is not skipped.
    if (!isPercent && unit === undefined) {
      if (before) QUANTITY.lastIndex = m.index + before.length;
      continue;
    }
    if (pctNum !== undefined && (unit !== undefined || inner !== undefined)) continue;
    let value: number | null;
    if (pctNum !== undefined)
      value = pctNum === "百" ? 100 : /\d/.test(pctNum) ? Number(pctNum) : parseChineseNumber(pctNum);
    else if (arabic !== undefined) {
      if (arabic.replace(/[,.]/g, "").length > 9) continue; // phone numbers, ids
      if (!arabic.includes(".") && !arabic.includes(",") && !mult && isYearGluedCount(arabic, year)) continue;
      value = parseArabicNumber(arabic, mult ?? "");
    } else value = parseChineseNumber(chinese ?? "");
    if (value === null) continue;
    const qualifierStart = m.index;
    const start = m.index + (before?.length ?? 0);
    let approx: Approx = "exact";
    if (before && AT_LEAST_BEFORE.has(before)) approx = "at_least";
    if (before && ABOUT_BEFORE.has(before)) approx = "about";
    if (
      inner === "余" ||
      inner === "多" ||
      after === "以上" ||
      after === "余" ||
      after === "多" ||
      after === "之多"
    )
      approx = "at_least";
    if (inner === "来" || after === "左右") approx = "about";
    out.push({
      start,
      end: m.index + whole.length,
      qualifierStart: before && before !== "达" && before !== "达到" ? qualifierStart : start,
      value,
      unit: isPercent ? "%" : (unit as string),
      approx,
      isPercent,
      chinese: chinese !== undefined || (pctNum !== undefined && !/\d/.test(pctNum)),
    });
  }
  return out;
}
