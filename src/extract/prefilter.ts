// Cheap tests before a pattern: most of the engine's patterns are tried on short strings (an
// item, a clause, a window before a number) that hold none of the characters any match needs.
// requiredChars reads a pattern's source and finds a set of characters of which every match
// holds at least one (for 普法|宣讲: 普 or 法, and 宣 or 讲, so one character of each word); a
// CharFilter tests many such sets after one pass over a string's char codes. A string that holds
// no character of a pattern's set cannot match it, so the pattern need not run.

// Frequent characters of the reports: only a cost hint for picking a word's rarest character.
const COMMON =
  "法，。0123456789、治政（）律建的作一年设人行全工和府进实推村不问务执开要展公发传宣部学群次众镇强社重普化责大组持服提解会题习度共中动主二示成三民决顾新理效等导件委合依纠纷明矛盾区用定平县在为坚入对党性规范我制时";

/** Characters a part of a pattern needs (one of them), or null when it may match without any. */
type Need = ReadonlySet<number> | null;

const cost = (need: ReadonlySet<number>): number => {
  let n = 0;
  for (const code of need) {
    const rank = COMMON.indexOf(String.fromCharCode(code));
    n += rank < 0 ? 1 : 1 + COMMON.length - rank;
  }
  return n;
};

const DIGITS = new Set([..."0123456789"].map((c) => c.charCodeAt(0)));
/** Ranges wider than this in a class make the class "any character" here. */
const MAX_RANGE = 64;

class Reader {
  i = 0;
  constructor(readonly s: string) {}

  /** alternation := sequence ('|' sequence)* — one needed character of any branch. */
  alternation(): Need {
    const branches: Need[] = [this.sequence()];
    while (this.s[this.i] === "|") {
      this.i++;
      branches.push(this.sequence());
    }
    const union = new Set<number>();
    for (const b of branches) {
      if (b === null) return null;
      for (const c of b) union.add(c);
    }
    return union;
  }

  /** sequence := (atom quantifier?)* — the cheapest need of its required atoms. */
  sequence(): Need {
    let best: Need = null;
    while (this.i < this.s.length && this.s[this.i] !== "|" && this.s[this.i] !== ")") {
      const need = this.atom();
      const min = this.quantifier();
      if (need !== null && min > 0 && (best === null || cost(need) < cost(best))) best = need;
    }
    return best;
  }

  /** The least number of repetitions of the atom just read (1 without a quantifier). */
  quantifier(): number {
    const c = this.s[this.i];
    let min = 1;
    if (c === "?" || c === "*") {
      min = 0;
      this.i++;
    } else if (c === "+") this.i++;
    else if (c === "{") {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(this.s.slice(this.i));
      if (!m) throw new Error(`prefilter: unread quantifier in ${this.s}`);
      min = Number(m[1]);
      this.i += m[0].length;
    } else return 1;
    if (this.s[this.i] === "?") this.i++; // lazy
    return min;
  }

  atom(): Need {
    const c = this.s[this.i] as string;
    this.i++;
    if (c === "(") {
      let zeroWidth = false;
      if (this.s.startsWith("?:", this.i)) this.i += 2;
      else if (/^\?<?[=!]/.test(this.s.slice(this.i, this.i + 3))) {
        zeroWidth = true;
        this.i += this.s[this.i + 1] === "<" ? 3 : 2;
      } else if (this.s.startsWith("?<", this.i)) this.i = this.s.indexOf(">", this.i) + 1;
      else if (this.s[this.i] === "?") throw new Error(`prefilter: unread group in ${this.s}`);
      const inner = this.alternation();
      if (this.s[this.i] !== ")") throw new Error(`prefilter: unclosed group in ${this.s}`);
      this.i++;
      return zeroWidth ? null : inner;
    }
    if (c === "[") return this.charClass();
    if (c === "\\") return this.escape(false);
    if (c === "." || c === "^" || c === "$") return null;
    return new Set([c.charCodeAt(0)]);
  }

  /** After a backslash: one character's need; `inClass` reads \b as a backspace. */
  escape(inClass: boolean): Need {
    const c = this.s[this.i] as string;
    this.i++;
    if (c === "d") return DIGITS;
    if (c === "u" || c === "x") {
      const len = c === "u" ? 4 : 2;
      const code = parseInt(this.s.slice(this.i, this.i + len), 16);
      this.i += len;
      return new Set([code]);
    }
    const controls: Readonly<Record<string, number>> = { n: 10, r: 13, t: 9, v: 11, f: 12, "0": 0 };
    if (c in controls) return new Set([controls[c] as number]);
    if (c === "b" && inClass) return new Set([8]);
    if (/[a-zA-Z1-9]/.test(c)) return null; // \s \w \b \D, back-references: no small set
    return new Set([c.charCodeAt(0)]);
  }

  charClass(): Need {
    const negated = this.s[this.i] === "^";
    if (negated) this.i++;
    const out = new Set<number>();
    let any = false;
    let first = true;
    while (this.i < this.s.length && (this.s[this.i] !== "]" || first)) {
      first = false;
      const from = this.classChar(out);
      if (from === null) any = true;
      if (this.s[this.i] === "-" && this.s[this.i + 1] !== "]" && from !== null && from.size === 1) {
        this.i++;
        const to = this.classChar(new Set());
        const lo = [...from][0] as number;
        const hi = to && to.size === 1 ? ([...to][0] as number) : -1;
        if (hi < lo || hi - lo > MAX_RANGE) any = true;
        else for (let code = lo; code <= hi; code++) out.add(code);
      }
    }
    this.i++; // ]
    return negated || any ? null : out;
  }

  /** One member of a class, added to `out`; its own need (for a range's ends), or null. */
  classChar(out: Set<number>): Need {
    const c = this.s[this.i] as string;
    this.i++;
    const need = c === "\\" ? this.escape(true) : new Set([c.charCodeAt(0)]);
    if (need) for (const code of need) out.add(code);
    return need;
  }
}

/**
 * Characters of which every match of `re` holds at least one, or null when the pattern may match
 * without any small set of them (an empty match, a negated class alone, \s, case-insensitivity).
 */
export function requiredChars(re: RegExp): ReadonlySet<number> | null {
  if (/[iuv]/.test(re.flags)) return null;
  const reader = new Reader(re.source);
  const need = reader.alternation();
  if (reader.i !== re.source.length) throw new Error(`prefilter: unread pattern ${re.source}`);
  return need;
}

/**
 * The required characters of several patterns, tested together: scan(s) reads a string's char
 * codes once, then may(k) tells whether pattern k can match in it (it holds a character the
 * pattern needs, or the pattern has no known set). The characters all patterns need are numbered
 * in one table, so a scan marks which of them the string holds.
 */
export class CharFilter {
  /** Char code → 1 + its number among the needed characters, or 0. */
  private readonly slot = new Uint8Array(0x10000);
  /** Per pattern, the numbers of its characters; null when it may always match. */
  private readonly needs: (Int32Array | null)[];
  private readonly present: Uint8Array;
  private readonly seen: number[] = [];

  constructor(patterns: readonly RegExp[]) {
    let count = 0;
    this.needs = patterns.map((re) => {
      const need = requiredChars(re);
      if (need === null) return null;
      return Int32Array.from(need, (code) => {
        if (this.slot[code] === 0) {
          if (count === 255) throw new Error("CharFilter: more than 255 needed characters");
          this.slot[code] = ++count;
        }
        return this.slot[code] as number;
      });
    });
    this.present = new Uint8Array(count + 1);
  }

  /** Reads s[start, end): which needed characters it holds. */
  scan(s: string, start = 0, end = s.length): this {
    for (const k of this.seen) this.present[k] = 0;
    this.seen.length = 0;
    for (let i = start; i < end; i++) {
      const k = this.slot[s.charCodeAt(i)] as number;
      if (k !== 0 && this.present[k] === 0) {
        this.present[k] = 1;
        this.seen.push(k);
      }
    }
    return this;
  }

  /** Whether pattern `k` may match in the string scanned last. */
  may(k: number): boolean {
    const need = this.needs[k];
    if (!need) return true;
    for (let j = 0; j < need.length; j++) if (this.present[need[j] as number] === 1) return true;
    return false;
  }
}
