// Township search as bureau staff type it: characters (许疃), full pinyin (xutuan) or initials
// ("xt" finds 许疃镇), and in the table also the county; spaces separate terms that must all
// match. One haystack per name serves both the trends picker and the 10,000-row table.
// pinyin-pro is a third of a megabyte of dictionary, so it is passed in (loaded when a search box
// is first used, see components/usePinyin) rather than imported here: until it arrives, characters
// match.
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

/** The lower-case haystack for a township: its name, county, and (with pinyin-pro) the name's pinyin. */
export function searchKey(township: string, county: string | null, lib: PinyinLib | null = null): string {
  return [township, county ?? "", lib ? pinyinForms(township, lib) : ""].join(" ").trimEnd().toLowerCase();
}

/** Whether a haystack matches what the user typed; spaces separate terms that must all match. */
export function matchesSearch(haystack: string, query: string): boolean {
  const terms = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return terms.every((t) => haystack.includes(t));
}

/** Whether a township's name matches the query (the picker's search). */
export function matchesTownship(name: string, query: string, lib: PinyinLib | null = null): boolean {
  return matchesSearch(searchKey(name, null, lib), query);
}

/** Whether a query needs pinyin to be answered (Latin letters), so the library is worth loading. */
export const needsPinyin = (query: string): boolean => /[a-z]/i.test(query);
