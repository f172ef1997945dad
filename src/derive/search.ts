// Township search as bureau staff type it: characters (许疃) or pinyin, full or initials ("xt"
// finds 许疃镇). pinyin-pro's match() handles both forms and polyphonic characters. pinyin-pro is
// a third of a megabyte of dictionary, so it is passed in (loaded when a search box is first
// used, see components/usePinyin) rather than imported here: until it arrives, characters match.
import type { match } from "pinyin-pro";

/** The part of pinyin-pro this module needs. */
export interface PinyinMatchLib {
  match: typeof match;
}

export function matchesTownship(name: string, query: string, lib: PinyinMatchLib | null = null): boolean {
  const q = query.trim().toLowerCase().replace(/\s+/g, "");
  if (q === "") return true;
  if (name.includes(q)) return true;
  if (!/^[a-z]+$/.test(q) || lib === null) return false;
  return lib.match(name, q, { continuous: true }) !== null;
}

/** Whether a query needs pinyin to be answered (Latin letters), so the library is worth loading. */
export const needsPinyin = (query: string): boolean => /[a-z]/i.test(query);
