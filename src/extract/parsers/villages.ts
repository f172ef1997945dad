// Villages and communities in the township: "全镇14个村", "全镇8个村（社区）", "我镇5村1居" (= 6),
// "辖区共有9个社区、3个行政村" (= 12). A single count is a total only when framed as the whole
// township (全镇/辖/我镇, the township's own name) or as all of them (均/全部/全覆盖);
// 示范村 counts are not.
import { phraseCandidate } from "../candidate";
import { parseNumber } from "../normalize";
import type { Candidate, Context, Parser } from "../types";

const NUM = "(\\d{1,4}|[一二两三四五六七八九十百]{1,4})";
// Digits and the numerals a village count is written with, by char code.
const NUM_CHAR = new Uint8Array(0x10000);
for (const ch of "0123456789一二两三四五六七八九十百") NUM_CHAR[ch.charCodeAt(0)] = 1;
// One item of a list: 1 the number; 2 a village word; 3 a community word. Anchored at a number's
// start (found by looking back from each 村 or 社区).
const VILLAGE =
  "(?:行政村|建制村|村民委员会|村委会|嘎查(?:村)?|村(?:[（(](?:社区|居)[）)]|居|社区)?)(?![民级委干组小办部务规落庄头口支两书])";
const COMMUNITY = "社区(?:[（(]村[）)])?|居民委员会|居委会|居(?![民住家])";
const ITEM = new RegExp(`${NUM}个?(?:(${VILLAGE})|(${COMMUNITY}))`, "y");
const ANCHORS = ["村", "嘎查", "社区", "居委会", "居民委员会"] as const;
const SEPARATOR = /[、和及与,，]?/y;
const SCOPE =
  /全镇|全乡|全街道|全办|全苏木|辖区|下辖|辖|[乡镇]属|所属|我镇|我乡|本镇|本乡|我街道|共有|共辖|现有|共计|总计/;
const NOT_TOTAL = /示范|重点|试点|贫困|脱贫|达标|创建|先进|其中|部分|已有|涉及/;
// After the count, a kind of village names a subset ("3个村被评为示范村"); "15个村中有12个…"
// partitions the whole.
const SUBSET_AFTER = /^(?!中|当中)[^]*?(?:示范|重点|试点|贫困|脱贫|达标|创建|先进)/;
// The township itself as the scope: "大河乡8个村均已聘请法律顾问".
const TOWNSHIP_BEFORE = /(?:镇|乡|街道|苏木|办事处)(?:共有|共辖|下辖|现有|辖|有|共)?$/;
// A claim about every one of them says how many there are: "17个村（社区）…实现全覆盖",
// "8个村均已聘请", "14个村（社区）全部推行".
const ALL_AFTER = /^[^，。；,;：:\n]{0,12}?(?:均|全部|都已|全覆盖|每个|各自)/;

/** The rest of the clause after a count ("…均已聘请法律顾问", "…被评为示范村"). */
function clauseAfter(ctx: Context, end: number): string {
  const rest = ctx.text.slice(end, ctx.sentenceEnd(end));
  const clauseEnd = rest.search(/[，。；,;：:\n]/);
  return clauseEnd < 0 ? rest : rest.slice(0, clauseEnd);
}

interface Item {
  value: number;
  /** "v" village, "c" community, "vc" both (村（社区）, 村居). */
  kind: "v" | "c" | "vc";
  end: number;
}

function readItem(text: string, at: number): Item | null {
  ITEM.lastIndex = at;
  const m = ITEM.exec(text);
  if (!m) return null;
  const value = parseNumber(m[1] as string);
  if (value === null || value === 0) return null;
  // "一村（社区）一法律顾问", "一村一品": a pairing, not a count.
  if (m[1] === "一" && text[at + m[0].length] === "一") return null;
  const village = m[2];
  const kind = village === undefined ? "c" : /社区|居/.test(village) ? "vc" : "v";
  return { value, kind, end: at + m[0].length };
}

/** A list of villages and communities from `start`: 9个社区、3个行政村 → [9 c, 3 v]. */
function readList(text: string, start: number): Item[] {
  const first = readItem(text, start);
  if (!first) return [];
  const items = [first];
  const kinds = new Set<string>([first.kind]);
  while (items.length < 3 && first.kind !== "vc") {
    SEPARATOR.lastIndex = (items[items.length - 1] as Item).end;
    if (!SEPARATOR.exec(text)) break;
    const next = readItem(text, SEPARATOR.lastIndex);
    // Only other kinds of unit add up: 12个行政村、1个社区 — never 14个村、3个村.
    if (!next || next.kind === "vc" || kinds.has(next.kind)) break;
    kinds.add(next.kind);
    items.push(next);
  }
  return items;
}

/** Where the number before the 村 at `at` starts ("14个行政村" → the 1), or -1. */
function numberStartBefore(text: string, at: number): number {
  let i = at;
  if (text.startsWith("行政", i - 2) || text.startsWith("建制", i - 2)) i -= 2;
  if (text[i - 1] === "个") i--;
  let j = i;
  while (j > 0 && i - j < 4 && NUM_CHAR[text.charCodeAt(j - 1)] === 1) j--;
  return j < i && NUM_CHAR[text.charCodeAt(j - 1)] !== 1 ? j : -1;
}

// Number after the noun: "辖行政村12个、社区2个", "辖区共有社区11个". 1, 2: villages then
// communities; 3, 4: communities then villages.
const VILLAGE_NOUN = "(?:行政村|建制村|嘎查|村[（(](?:社区|居)[）)]|村居|村)";
const COMMUNITY_NOUN = "(?:社区|居委会)";
const COUNT_AFTER = new RegExp(
  `${VILLAGE_NOUN}${NUM}个(?:[、和及与,，]${COMMUNITY_NOUN}${NUM}个)?|${COMMUNITY_NOUN}${NUM}个(?:[、和及与,，]${VILLAGE_NOUN}${NUM}个)?`,
  "g",
);

function candidate(
  start: number,
  end: number,
  value: number,
  derivation: string | null,
  cueStart = start,
  cueEnd = start,
): Candidate {
  return phraseCandidate({
    id: "villages_total",
    value,
    unit: "个",
    basis: derivation ? "derived" : "stated",
    rule: derivation ? "villages.village-plus-community" : "villages.total-count",
    start: cueStart,
    end,
    cueEnd,
    total: 1,
    ...(derivation ? { sources: [{ start, end, text: "" }], derivation } : {}),
  });
}

function countsAfterNoun(ctx: Context): Candidate[] {
  const out: Candidate[] = [];
  COUNT_AFTER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = COUNT_AFTER.exec(ctx.text)) !== null) {
    const villages = parseNumber((m[1] ?? m[3]) as string);
    if (villages === null || villages === 0) continue;
    const clauseStart = ctx.clauseStart(m.index);
    const clause = ctx.text.slice(clauseStart, m.index);
    const scope = SCOPE.exec(clause);
    if (!scope || NOT_TOTAL.test(clause)) continue;
    const end = m.index + m[0].length;
    const second = m[2] ?? m[4];
    const communities = second !== undefined ? parseNumber(second) : null;
    const cueStart = clauseStart + scope.index;
    const derivation =
      communities === null
        ? null
        : `${m[0]} → ${villages}+${communities} = ${villages + communities}个村（社区）`;
    out.push(
      candidate(
        m.index,
        end,
        villages + (communities ?? 0),
        derivation,
        cueStart,
        cueStart + scope[0].length,
      ),
    );
  }
  return out;
}

function parse(ctx: Context): Candidate[] {
  const { text } = ctx;
  const out: Candidate[] = [];
  let lastEnd = -1;
  // Anchors: every 村, 嘎查 (a village in Inner Mongolia), 社区 and 居委会 (a 街道 counts
  // communities); the number sits just before.
  const anchors: number[] = [];
  for (const word of ANCHORS)
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) anchors.push(at);
  anchors.sort((a, b) => a - b);
  for (const at of anchors) {
    const start = numberStartBefore(text, at);
    if (start < 0 || start < lastEnd) continue;
    const items = readList(text, start);
    if (items.length === 0) continue;
    const clauseStart = ctx.clauseStart(start);
    const clause = text.slice(clauseStart, start);
    if (NOT_TOTAL.test(clause)) continue;
    const end = (items[items.length - 1] as Item).end;
    lastEnd = end;
    const words = text.slice(start, end);
    if (items.length > 1) {
      const value = items.reduce((s, i) => s + i.value, 0);
      const sum = items.map((i) => i.value).join("+");
      out.push(candidate(start, end, value, `${words} → ${sum} = ${value}个村（社区）`));
      continue;
    }
    // A bare "N个村" is the total only when framed as the whole township, or as all of them
    // ("…均已聘请法律顾问"), and never when the clause goes on to a subset ("…被评为示范村").
    const after = clauseAfter(ctx, end);
    if (SUBSET_AFTER.test(after)) continue;
    const scope = SCOPE.exec(clause);
    if (scope) {
      const cueStart = clauseStart + scope.index;
      out.push(candidate(start, end, items[0]!.value, null, cueStart, cueStart + scope[0].length));
    } else if (TOWNSHIP_BEFORE.test(clause) || ALL_AFTER.test(after)) {
      out.push(candidate(start, end, items[0]!.value, null, start, start));
    }
  }
  return out;
}

export const villagesParser: Parser = {
  name: "villages",
  parse: (ctx) => {
    const all = [...parse(ctx), ...countsAfterNoun(ctx)];
    // Sources carry the text of their span.
    for (const c of all) for (const s of c.sources ?? []) s.text = ctx.text.slice(s.start, s.end);
    return all;
  },
};
