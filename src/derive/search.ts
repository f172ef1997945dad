// Township search as bureau staff type it: characters (许疃) or pinyin, full or initials ("xt"
// finds 许疃镇). pinyin-pro's match() handles both forms and polyphonic characters.
import { match } from "pinyin-pro";

export function matchesTownship(name: string, query: string): boolean {
  const q = query.trim().toLowerCase().replace(/\s+/g, "");
  if (q === "") return true;
  if (name.includes(q)) return true;
  if (!/^[a-z]+$/.test(q)) return false;
  return match(name, q, { continuous: true }) !== null;
}
