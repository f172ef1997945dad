// Number grammar: Chinese numerals (零…亿, 两, 〇), Arabic numbers with 万/千/亿 multipliers and
// 百分之…. chrono's Chinese numerals stop at 十; reports need 两万, 一百二十, 二〇二三.

// A Map: `ch in object` with ever-changing keys was a generic (slow) lookup in the tokenizer's loop.
const DIGIT = new Map<string, number>(
  Object.entries({ 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }),
);

function allDigits(s: string): boolean {
  for (const ch of s) if (!DIGIT.has(ch)) return false;
  return true;
}
const SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNIT: Record<string, number> = { 万: 1e4, 亿: 1e8 };

export const CHINESE_NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万亿";

/**
 * Parses a Chinese numeral: 十二 → 12, 一百二十 → 120, 两万 → 20000, 一百零五 → 105,
 * 三千五 → 3500 (colloquial), 二〇二三 → 2023 (digit by digit). Returns null when `s` is not one.
 */
export function parseChineseNumber(s: string): number | null {
  if (!s) return null;
  for (const ch of s) if (!CHINESE_NUMERAL_CHARS.includes(ch)) return null;
  // Digit by digit (二〇二三): only digits, more than one of them.
  if (s.length > 1 && allDigits(s)) {
    let v = 0;
    for (const ch of s) v = v * 10 + (DIGIT.get(ch) as number);
    return v;
  }
  let total = 0; // sum of finished 亿 / 万 groups
  let section = 0; // the group being built (below 万)
  let digit: number | null = null;
  let lastUnit = 0; // the small unit just applied, for 三千五 → 3500
  let lastBig = 0; // the big unit just applied, for 一万二 → 12000
  let afterZero = false;
  for (const ch of s) {
    const d = DIGIT.get(ch);
    if (d !== undefined) {
      if (digit !== null && !afterZero) return null; // 二三 inside a unit numeral
      digit = d;
      afterZero = digit === 0;
      if (afterZero) digit = null;
      continue;
    }
    const small = SMALL_UNIT[ch];
    if (small !== undefined) {
      if (lastUnit && small >= lastUnit && digit === null) return null; // 十百
      section += (digit ?? 1) * small;
      digit = null;
      lastUnit = small;
      afterZero = false;
      continue;
    }
    const big = BIG_UNIT[ch] as number;
    section += digit ?? 0;
    if (section === 0 && total === 0) section = 1; // 万 alone is not a number we expect, but 1 is kinder
    total = big === 1e8 ? (total + section) * big : total + section * big;
    section = 0;
    digit = null;
    lastUnit = 0;
    lastBig = big;
    afterZero = false;
  }
  if (digit !== null) {
    // 三千五 → 3500, 一万二 → 12000: a bare digit right after a unit scales to the next unit
    // down; after 零 it is a digit (一千零五 → 1005, 一万零二 → 10002).
    const colloquial = !afterZero && !s.includes("零");
    if (colloquial && lastUnit >= 100) section += (digit * lastUnit) / 10;
    else if (colloquial && lastUnit === 0 && lastBig) section += (digit * lastBig) / 10;
    else section += digit;
  }
  return total + section;
}

/** Parses an Arabic number with optional thousands separators and a 万/千/百/亿 multiplier. */
export function parseArabicNumber(digits: string, multiplier = ""): number | null {
  const n = Number(digits.includes(",") ? digits.replace(/,/g, "") : digits);
  if (!Number.isFinite(n)) return null;
  const scale =
    multiplier === "万"
      ? 1e4
      : multiplier === "亿"
        ? 1e8
        : multiplier === "千"
          ? 1e3
          : multiplier === "百"
            ? 100
            : 1;
  // Round away float noise: 1.5万 → 15000, not 15000.000000000002.
  return Math.round(n * scale * 1e6) / 1e6;
}

/** Parses any number form a report uses: "12", "1.5万", "两万", "百分之九十五" (→ 95). */
export function parseNumber(s: string): number | null {
  const t = s.trim();
  const pct = /^百分之(.+)$/.exec(t);
  if (pct) return parseNumber(pct[1] as string);
  if (t === "百") return 100; // 百分之百
  const arabic = /^(\d{1,12}(?:,\d{3})*(?:\.\d{1,6})?)([万千百亿]?)$/.exec(t);
  if (arabic) return parseArabicNumber(arabic[1] as string, arabic[2] as string);
  return parseChineseNumber(t);
}
