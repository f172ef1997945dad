// Writing numbers the way township reports do: Arabic (120), Chinese (一百二十, 两万), or with 万
// (1.2万). The generator records the value it meant; the extractor has to read it back.

const DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
const SMALL_UNITS = ["", "十", "百", "千"];

/** 0 ≤ n < 10000 as Chinese numerals; `liang` writes 2 as 两 before 千 and 百 (两千, 两百). */
function belowTenThousand(n: number, liang: boolean): string {
  if (n === 0) return "";
  const digits = String(n).padStart(4, "0").split("").map(Number);
  let out = "";
  let zero = false;
  digits.forEach((d, i) => {
    const unit = SMALL_UNITS[3 - i] ?? "";
    if (d === 0) {
      zero = out !== "";
      return;
    }
    if (zero) out += "零";
    zero = false;
    const word =
      d === 2 && liang && (unit === "千" || unit === "百") && out === "" ? "两" : (DIGITS[d] ?? "");
    out += word + unit;
  });
  // 一十二 is written 十二 at the start of a number.
  return out.startsWith("一十") ? out.slice(1) : out;
}

/** A non-negative integer below 10^8 in Chinese numerals: 12 → 十二, 120 → 一百二十, 20000 → 两万. */
export function toChinese(n: number, liang = true): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1e8) throw new Error(`cannot write ${n} in Chinese numerals`);
  if (n === 0) return "零";
  const wan = Math.floor(n / 10000);
  const rest = n % 10000;
  let out = "";
  if (wan > 0) out = (wan === 2 && liang ? "两" : belowTenThousand(wan, liang)) + "万";
  if (rest > 0) out += (wan > 0 && rest < 1000 ? "零" : "") + belowTenThousand(rest, liang && wan === 0);
  return out;
}

/** n ≥ 10000 with 万: 12000 → 1.2万, 20000 → 2万. Only for values with at most one decimal of 万. */
export function toWan(n: number): string {
  const w = n / 10000;
  if (n < 10000 || Math.round(w * 10) !== w * 10) throw new Error(`cannot write ${n} with 万`);
  return `${w}万`;
}

/** Rounds to `digits` significant digits (3456 → 3500), so a Chinese or 万 figure reads naturally. */
export function roundSignificant(n: number, digits = 2): number {
  if (n <= 0) return 0;
  const p = 10 ** Math.max(0, Math.floor(Math.log10(n)) + 1 - digits);
  return Math.round(n / p) * p;
}

/** Rounds down to `digits` significant digits (3456 → 3400): the number before 余. */
export function floorSignificant(n: number, digits = 2): number {
  if (n <= 0) return 0;
  const p = 10 ** Math.max(0, Math.floor(Math.log10(n)) + 1 - digits);
  return Math.floor(n / p) * p;
}
