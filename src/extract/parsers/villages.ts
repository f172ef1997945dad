// Villages and communities in the township: "全镇14个村", "全镇8个村（社区）", "我镇5村1居" (= 6).
// Only a count framed as the whole township (全镇/辖/我镇…) is a total; 示范村 counts are not.
import { parseNumber } from "../normalize";
import type { Candidate, Context, Parser } from "../types";

const NUM = "(\\d{1,4}|[一二两三四五六七八九十百]{1,4})";
const VILLAGE = "(?:行政村|建制村|村(?:[（(](?:社区|居)[）)]|居|社区)?)";
const COMMUNITY = "(?:社区|居委会|居(?![民住]))";
// 1: villages; 2: village word; 3: communities (optional).
const COUNT = new RegExp(
  `(?<![\\d一二两三四五六七八九十百])${NUM}个?(${VILLAGE})(?![民级委干组小办部务规落庄头口支两书])` +
    `(?:[、和及与,，]?${NUM}个?${COMMUNITY})?`,
  "g",
);
const SCOPE = /全镇|全乡|全街道|全办|辖区|下辖|辖|我镇|我乡|本镇|本乡|共有|共辖|现有|共计|总计/;
const NOT_TOTAL = /示范|重点|试点|贫困|脱贫|达标|创建|先进|其中|部分|已有|涉及/;

function parse(ctx: Context): Candidate[] {
  const { text } = ctx;
  const out: Candidate[] = [];
  COUNT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = COUNT.exec(text)) !== null) {
    const villages = parseNumber(m[1] as string);
    if (villages === null || villages === 0) continue;
    const communities = m[3] !== undefined ? parseNumber(m[3]) : null;
    const clause = text.slice(ctx.clauseStart(m.index), m.index);
    if (NOT_TOTAL.test(clause)) continue;
    const start = m.index;
    const end = m.index + m[0].length;
    if (communities !== null) {
      const value = villages + communities;
      out.push({
        id: "villages_total",
        value,
        unit: "个",
        approx: "exact",
        basis: "derived",
        rule: "villages.village-plus-community",
        start,
        end,
        cueEnd: start,
        total: 1,
        part: false,
        weak: false,
        advisorScope: false,
        sources: [{ start, end, text: text.slice(start, end) }],
        derivation: `${m[0]} → ${villages}+${communities} = ${value}个村（社区）`,
      });
      continue;
    }
    // A bare "N个村" is the total only when framed as the whole township.
    const scope = SCOPE.exec(clause);
    if (!scope) continue;
    const cueStart = ctx.clauseStart(m.index) + scope.index;
    out.push({
      id: "villages_total",
      value: villages,
      unit: "个",
      approx: "exact",
      basis: "stated",
      rule: "villages.total-count",
      start: cueStart,
      end,
      cueEnd: cueStart + scope[0].length,
      total: 1,
      part: false,
      weak: false,
      advisorScope: false,
    });
  }
  return out;
}

export const villagesParser: Parser = { name: "villages", parse };
