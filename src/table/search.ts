// What the table's search box matches: a township by its characters, its full pinyin or its
// initials (咸宜镇 ← "咸宜", "xianyi", "xyz"), and by county. Staff type initials on a keyboard
// without a Chinese input method at hand; the dashboard's township picker accepts the same.
// pinyin-pro is passed in (it loads when the search box is first used); without it the haystack
// holds the characters only.
import type { pinyin } from "pinyin-pro";

/** The part of pinyin-pro this module needs. */
export interface PinyinLib {
  pinyin: typeof pinyin;
}

// The same few dozen names repeat across years; converting each once keeps 10,000 rows cheap.
const cache = new Map<string, string>();

function pinyinForms(text: string, lib: PinyinLib): string {
  let forms = cache.get(text);
  if (forms === undefined) {
    const full = lib.pinyin(text, { toneType: "none", separator: "" });
    const initials = lib.pinyin(text, { pattern: "first", toneType: "none", separator: "" });
    forms = `${full} ${initials}`.toLowerCase();
    cache.set(text, forms);
  }
  return forms;
}

/** The lower-case haystack for one report: name, county, and (with pinyin-pro) the name's pinyin. */
export function searchKey(township: string, county: string | null, lib: PinyinLib | null = null): string {
  return [township, county ?? "", lib ? pinyinForms(township, lib) : ""].join(" ").trimEnd().toLowerCase();
}

/** Whether a row's haystack matches what the user typed; spaces separate terms that must all match. */
export function matchesSearch(haystack: string, query: string): boolean {
  const terms = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return terms.every((t) => haystack.includes(t));
}
