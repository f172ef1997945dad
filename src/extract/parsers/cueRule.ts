// The building block of most indicator parsers: a cue vocabulary that must appear shortly before
// a quantity with an accepted unit ("调处各类矛盾纠纷 70余起"). A rule module is then mostly
// data: its cues, its units, what excludes a match. Refiners judge the candidates afterwards.
import { indicatorDef, type IndicatorId } from "../../domain";
import type { Quantity } from "../normalize";
import { totalStrength } from "../marks";
import { requiredChars } from "../prefilter";
import type { Candidate, Context } from "../types";

export interface CueRuleSpec {
  id: IndicatorId;
  rule: string;
  /** Units accepted after the number; by default the catalogue's (src/domain/indicators.ts). */
  units?: readonly string[];
  /** Cue words, matched in the window before the number (the clause, from the last quantity). */
  cue: RegExp;
  /** Rejects the match when found between the last cue and the number (the cue included). */
  exclude?: RegExp;
  /** Rejects the match when found anywhere in the window. */
  excludeWindow?: RegExp;
  /** Must be found somewhere in the sentence. */
  sentence?: RegExp;
  /** A cue right after the quantity instead ("40名法律明白人"); anchored at the unit's end. */
  after?: RegExp;
  /** With `after`: must be found in the window before the number ("发放" 3000份宣传资料). */
  afterNeedsBefore?: RegExp;
  /** With `after`: rejects the match when found in the rest of the clause. */
  afterExclude?: RegExp;
  /** When the last cue is one of these, the figure is a named part (送法进校园), never a total. */
  part?: RegExp;
  /** Unit reported; defaults to the unit written. */
  unit?: string;
}

// The cue sits in the previous clause when this one only says how many ("…活动，共计120场").
const BARE_CLAUSE = /^(?:共计?|累计|合计|总计|达到?|计|约|近|全年共?|其中)?$/;

/** BARE_CLAUSE over the trimmed window; no word of it is longer than 3 characters. */
function isBareClause(window: string): boolean {
  const t = window.trim();
  return t.length <= 3 && BARE_CLAUSE.test(t);
}
// The legal advisor as the one acting (法律顾问累计协助…), not as someone invited (邀请法律顾问…)
// nor as a modifier (法律顾问服务平台).
const ADVISOR_SUBJECT =
  /(?<!(?:邀请|聘请|组织|依托|联合|配合|通过|聘用|请|发挥|带领|指导)(?:各|全镇|全乡)?(?:村|社区|村居|驻村|镇|乡|街道)?(?:（社区）|\(社区\))?)法律顾问(?:团|们)?(?:共|累计|全年|一年来|先后|还)?(?:参与|参加|协助|举办|开展|为|审核|审查|提供|代理|出具|接待|解答|办理|调解|化解|出庭)/;
// The rest of a noun phrase after an after-cue.
const NOUN_TAIL = /[^，。；,;：:\s\d]{0,8}?(?:活动|案件|班|资料|学习)/y;
// A verb just before the cue belongs in the evidence ("开展" 法治宣传5次, "接待" 法律咨询…).
const VERB_BEFORE =
  /(?:开展|组织|举办|举行|开设|解答|接待|接受|提供|协助申请|协助|办理|受理|培育|培养|发展|聘请|取得|实现|完成|参加|参与|为群众)(?:了)?(?:群众|居民|村民)?$/;

export function isAdvisorScoped(prefix: string): boolean {
  // Every match holds the word itself: most prefixes lack it, and indexOf tells that first.
  return prefix.includes("法律顾问") && ADVISOR_SUBJECT.test(prefix);
}

/** Start of the window a cue may sit in for quantity `qi`: its clause, after the previous quantity. */
export function cueWindowStart(ctx: Context, qi: number): number {
  const q = ctx.quantities[qi] as Quantity;
  let start = ctx.clauseStart(q.qualifierStart);
  const prev = ctx.quantities[qi - 1];
  if (prev && prev.end > start) start = prev.end;
  return start;
}

function lastMatch(re: RegExp, s: string): { index: number; text: string; first: number } | null {
  re.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  let first = -1;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    if (m[0] === "") {
      re.lastIndex++;
      continue;
    }
    if (first < 0) first = m.index;
    last = m;
  }
  return last ? { index: last.index, text: last[0], first } : null;
}

const OPENS = [..."“《（("].map((c) => c.charCodeAt(0));
const CLOSES = [..."”》）)"].map((c) => c.charCodeAt(0));

/** Widens an evidence start to take in an opening quote whose closing quote is inside the span. */
export function balanceQuotes(text: string, start: number, end: number): number {
  // Counted over the span's char codes (no slice, no match arrays: this runs for every candidate).
  let balance = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (OPENS.includes(code)) balance--;
    else if (CLOSES.includes(code)) balance++;
  }
  if (balance > 0 && start > 0 && OPENS.includes(text.charCodeAt(start - 1))) return start - 1;
  return start;
}

// Each rule's accepted units as a set, made once (every rule looks at every quantity of a report).
const UNITS = new WeakMap<CueRuleSpec, ReadonlySet<string>>();

function unitsOf(spec: CueRuleSpec): ReadonlySet<string> {
  let units = UNITS.get(spec);
  if (!units) {
    units = new Set(spec.units ?? indicatorDef(spec.id).unitsSeen);
    UNITS.set(spec, units);
  }
  return units;
}

// The characters each rule's cue needs (prefilter.ts), one bit per rule in a table of char codes;
// each window's bits, once per report. A window that holds none of a cue's characters holds no
// cue, and the pattern need not run (most windows hold the characters of one or two rules' cues).
// Bit 0 (no known set, or more than 32 rules seen) means the pattern always runs.
const CUE_BIT = new WeakMap<CueRuleSpec, number>();
const NEEDED = new Int32Array(0x10000);
let bitsGiven = 0;

function cueBit(spec: CueRuleSpec): number {
  let bit = CUE_BIT.get(spec);
  if (bit === undefined) {
    const need = bitsGiven < 32 ? requiredChars(spec.cue) : null;
    bit = need === null ? 0 : 1 << bitsGiven++;
    if (need) for (const code of need) NEEDED[code] = (NEEDED[code] as number) | bit;
    CUE_BIT.set(spec, bit);
  }
  return bit;
}

/** Per quantity of a report: where its cue window starts, and the cue bits of the window's characters. */
interface Windows {
  starts: Int32Array;
  bits: Int32Array;
  /** How many rules had bits when these were read: a rule seen for the first time since needs a new read. */
  rules: number;
}
const WINDOWS = new WeakMap<Context, Windows>();

function windowsOf(ctx: Context): Windows {
  let w = WINDOWS.get(ctx);
  if (!w || w.rules !== bitsGiven) {
    const { text, quantities } = ctx;
    w = {
      starts: new Int32Array(quantities.length),
      bits: new Int32Array(quantities.length),
      rules: bitsGiven,
    };
    for (let qi = 0; qi < quantities.length; qi++) {
      const start = cueWindowStart(ctx, qi);
      let bits = 0;
      for (let i = start, end = (quantities[qi] as Quantity).qualifierStart; i < end; i++)
        bits |= NEEDED[text.charCodeAt(i)] as number;
      w.starts[qi] = start;
      w.bits[qi] = bits;
    }
    WINDOWS.set(ctx, w);
  }
  return w;
}

/** Runs a cue rule over every quantity of the report. */
export function runCueRule(spec: CueRuleSpec, ctx: Context): Candidate[] {
  if (!spec.cue.global) throw new Error(`cue of ${spec.rule} must be global`);
  const out: Candidate[] = [];
  const { text, quantities } = ctx;
  const units = unitsOf(spec);
  const bit = cueBit(spec);
  const windows = windowsOf(ctx);
  for (let qi = 0; qi < quantities.length; qi++) {
    const q = quantities[qi] as Quantity;
    if (!units.has(q.unit)) continue;
    let winStart = windows.starts[qi] as number;
    let window = text.slice(winStart, q.qualifierStart);
    let cue = bit === 0 || ((windows.bits[qi] as number) & bit) !== 0 ? lastMatch(spec.cue, window) : null;
    let end = q.end;
    if (!cue && isBareClause(window)) {
      // Look back up to three clauses of the sentence, past no other number:
      // "开展普法宣传活动，深入村组院落，共计120场次".
      const sentenceStart = ctx.sentenceStart(q.qualifierStart);
      const prevQ = quantities[qi - 1];
      for (let k = 0; k < 3 && !cue && winStart > sentenceStart; k++) {
        const prevStart = ctx.clauseStart(winStart - 1);
        if (prevQ && prevQ.end > prevStart) break;
        winStart = prevStart;
        window = text.slice(winStart, q.qualifierStart);
        cue = lastMatch(spec.cue, window);
      }
    }
    let cueStart: number;
    let cueEnd: number;
    if (cue) {
      if (spec.exclude) {
        spec.exclude.lastIndex = 0;
        if (spec.exclude.test(window.slice(cue.index))) continue;
      }
      cueStart = winStart + cue.first;
      const verb = VERB_BEFORE.exec(window.slice(Math.max(0, cue.first - 6), cue.first));
      if (verb) cueStart -= verb[0].length;
      cueEnd = winStart + cue.index + cue.text.length;
    } else if (spec.after) {
      spec.after.lastIndex = q.end;
      const a = spec.after.exec(text);
      if (!a || a.index !== q.end) continue;
      if (spec.afterExclude) {
        const rest = text.slice(a.index + a[0].length, ctx.sentenceEnd(a.index));
        const clauseEnd = rest.search(/[，,；;。]/);
        if (spec.afterExclude.test(clauseEnd < 0 ? rest : rest.slice(0, clauseEnd))) continue;
      }
      cueStart = q.qualifierStart;
      if (spec.afterNeedsBefore) {
        const before = lastMatch(spec.afterNeedsBefore, window);
        if (!before) continue;
        cueStart = winStart + before.index;
      } else {
        const verb = VERB_BEFORE.exec(window.slice(-8));
        if (verb) cueStart -= verb[0].length;
      }
      cueEnd = q.qualifierStart;
      end = q.end + a[0].length;
      // The evidence takes in the rest of the noun phrase ("12场普法" → "12场普法宣传活动").
      NOUN_TAIL.lastIndex = end;
      const tail = NOUN_TAIL.exec(text);
      if (tail) end += tail[0].length;
    } else continue;
    if (spec.excludeWindow) {
      spec.excludeWindow.lastIndex = 0;
      if (spec.excludeWindow.test(window)) continue;
    }
    const sStart = ctx.sentenceStart(q.qualifierStart);
    if (spec.sentence) {
      spec.sentence.lastIndex = 0;
      if (!spec.sentence.test(text.slice(sStart, ctx.sentenceEnd(q.end)))) continue;
    }
    const prefix = text.slice(sStart, q.qualifierStart);
    const part = !!(cue && spec.part && spec.part.test(cue.text));
    const start = balanceQuotes(text, cueStart, end);
    out.push({
      id: spec.id,
      value: q.value,
      unit: spec.unit ?? q.unit,
      approx: q.approx,
      basis: "stated",
      rule: spec.rule,
      start,
      end,
      quantity: q,
      cueEnd,
      total: part ? 0 : totalStrength(prefix),
      part,
      weak: false,
      advisorScope: isAdvisorScoped(prefix),
    });
  }
  return out;
}

/** A parser made of cue rules. */
export function cueParser(name: string, specs: readonly CueRuleSpec[]) {
  return { name, parse: (ctx: Context) => specs.flatMap((s) => runCueRule(s, ctx)) };
}
