// Villages and communities in the township: "全镇14个村", "全镇8个村（社区）", "我镇5村1居" (= 6).
// Only a count framed as the whole township (全镇/辖/我镇…) is a total; 示范村 counts are not.
import { parseNumber } from "../normalize";
import type { Candidate, Context, Parser } from "../types";

const NUM = "(\\d{1,4}|[一二两三四五六七八九十百]{1,4})";
const NUM_CHAR = /[\d一二两三四五六七八九十百]/;
// Anchored at a number's start (found by looking back from each 村): 1 villages; 2 communities.
const COUNT = new RegExp(
  `${NUM}个?(?:行政村|建制村|村民委员会|村委会|村(?:[（(](?:社区|居)[）)]|居|社区)?|社区(?:[（(]村[）)])?)(?![民级委干组小办部务规落庄头口支两书])` +
    `(?:[、和及与,，]?${NUM}个?(?:社区|居委会|居(?![民住])))?`,
  "y",
);
const SCOPE = /全镇|全乡|全街道|全办|辖区|下辖|辖|我镇|我乡|本镇|本乡|共有|共辖|现有|共计|总计/;
const NOT_TOTAL = /示范|重点|试点|贫困|脱贫|达标|创建|先进|其中|部分|已有|涉及/;

/** Where the number before the 村 at `at` starts ("14个行政村" → the 1), or -1. */
function numberStartBefore(text: string, at: number): number {
  let i = at;
  if (text.startsWith("行政", i - 2) || text.startsWith("建制", i - 2)) i -= 2;
  if (text[i - 1] === "个") i--;
  let j = i;
  while (j > 0 && i - j < 4 && NUM_CHAR.test(text[j - 1] as string)) j--;
  return j < i && !NUM_CHAR.test(text[j - 1] ?? "") ? j : -1;
}

// Number after the noun: "辖行政村12个、社区2个".
const COUNT_AFTER = new RegExp(
  `(?:行政村|建制村|村[（(]社区[）)]|村居|村)${NUM}个(?:[、和及与,，](?:社区|居委会)${NUM}个)?`,
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
  return {
    id: "villages_total",
    value,
    unit: "个",
    approx: "exact",
    basis: derivation ? "derived" : "stated",
    rule: derivation ? "villages.village-plus-community" : "villages.total-count",
    start: cueStart,
    end,
    cueEnd,
    total: 1,
    part: false,
    weak: false,
    advisorScope: false,
    ...(derivation ? { sources: [{ start, end, text: "" }], derivation } : {}),
  };
}

function countsAfterNoun(ctx: Context): Candidate[] {
  const out: Candidate[] = [];
  COUNT_AFTER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = COUNT_AFTER.exec(ctx.text)) !== null) {
    const villages = parseNumber(m[1] as string);
    if (villages === null || villages === 0) continue;
    const clauseStart = ctx.clauseStart(m.index);
    const clause = ctx.text.slice(clauseStart, m.index);
    const scope = SCOPE.exec(clause);
    if (!scope || NOT_TOTAL.test(clause)) continue;
    const end = m.index + m[0].length;
    const communities = m[2] !== undefined ? parseNumber(m[2]) : null;
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
  // Anchors: every 村 and 社区 (a 街道 counts communities); the number sits just before.
  const anchors: number[] = [];
  for (let at = text.indexOf("村"); at >= 0; at = text.indexOf("村", at + 1)) anchors.push(at);
  for (let at = text.indexOf("社区"); at >= 0; at = text.indexOf("社区", at + 1)) anchors.push(at);
  anchors.sort((a, b) => a - b);
  for (const at of anchors) {
    const start = numberStartBefore(text, at);
    if (start < 0 || start < lastEnd) continue;
    COUNT.lastIndex = start;
    const m = COUNT.exec(text);
    if (!m) continue;
    const villages = parseNumber(m[1] as string);
    if (villages === null || villages === 0) continue;
    const communities = m[2] !== undefined ? parseNumber(m[2]) : null;
    const clause = text.slice(ctx.clauseStart(start), start);
    if (NOT_TOTAL.test(clause)) continue;
    const end = start + m[0].length;
    lastEnd = end;
    if (communities !== null) {
      const value = villages + communities;
      out.push(candidate(start, end, value, `${m[0]} → ${villages}+${communities} = ${value}个村（社区）`));
      continue;
    }
    // A bare "N个村" is the total only when framed as the whole township.
    const scope = SCOPE.exec(clause);
    if (!scope) continue;
    const cueStart = ctx.clauseStart(start) + scope.index;
    out.push(candidate(start, end, villages, null, cueStart, cueStart + scope[0].length));
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
