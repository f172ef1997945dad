// Legal-advisor coverage of villages/communities: a stated rate (法律顾问覆盖率100%) or a
// full-coverage phrase (法律顾问全覆盖, 村村配备法律顾问) read as 100%, marked derived.
import { phraseCandidate } from "../candidate";
import { matchesNear } from "../near";
import { parseNumber } from "../normalize";
import type { Candidate, Context, Parser } from "../types";
import { runCueRule, type CueRuleSpec } from "./cueRule";

const RATE: CueRuleSpec = {
  id: "legal_advisor_coverage_pct",
  rule: "legal-advisor.coverage-pct",
  // 合法性审查覆盖率 / 审核通过率 measure reviews, not villages with an advisor.
  cue: /(?:法律顾问[^，。；,;：:]{0,8}?)?(?<!审查|审核|合法性|备案|评估)(?:覆盖率|配备率|覆盖面)/g,
  sentence: /法律顾问/,
  // Other coverage rates: model villages, law-literate persons, grids, publicity.
  exclude: /示范|明白人|网格|创建|宣传|普及|知晓|调解|审查|审核|通过率/,
};

// Between the advisor and 全覆盖 no clause break, so "法律明白人全覆盖" alone never counts.
const FULL_COVERAGE = new RegExp(
  [
    "法律顾问[^，。；,;：:\\n]{0,12}?全覆盖",
    "(?:村|社区|居)[^，。；,;：:\\n]{0,10}?(?:全部|均|都|全面)(?:已)?(?:配备|聘请|聘用|配齐|签订)(?:了)?[^，。；,;：:\\n]{0,6}?法律顾问",
    "村村(?:都)?(?:有|配备|聘请|聘用)(?:了)?法律顾问",
    // "街道下辖22个社区，全部配备法律顾问": the villages, then a bare clause saying all have one.
    "(?:村|社区|居|村委会|居委会)[）)]?[，,](?:并)?(?:已)?(?:全部|均|都|全面)(?:已)?(?:配备|聘请|聘用|配齐|签订|配有)(?:了)?[^，。；,;：:\\n]{0,6}?法律顾问",
    // "聘请法律顾问12名，实现（村居）全覆盖": a bare 全覆盖 clause right after the advisors.
    "法律顾问[^，,。；;：:\\n]{0,12}?[，,](?:实现|做到|达到|基本实现)?(?:了)?(?:村(?:[（(]社区[）)])?|村居|村社区)?全覆盖",
  ].join("|"),
  "g",
);

// "法律顾问配备尚未实现全覆盖", "还没有全覆盖": a full coverage denied.
const NOT_YET = /未|没有|有待|尚需/;

function fullCoverage(ctx: Context): Candidate[] {
  const out: Candidate[] = [];
  for (const m of near(ctx.text, ADVISOR_PHRASES.fullCoverage)) {
    if (NOT_YET.test(ctx.text.slice(Math.max(0, m.index - 4), m.index + m[0].length))) continue;
    const start = m.index;
    const end = start + m[0].length;
    out.push(
      phraseCandidate({
        id: "legal_advisor_coverage_pct",
        value: 100,
        unit: "%",
        basis: "derived",
        rule: "legal-advisor.full-coverage",
        start,
        end,
        sources: [{ start, end, text: m[0] }],
        derivation: `“${m[0]}” → 覆盖率100%`,
      }),
    );
  }
  return out;
}

// Villages that have an advisor: the number nearest the verb ("15个村中有12个配备了法律顾问" → 12).
const VILLAGES_WITH_ADVISOR =
  /(?<![\d一二两三四五六七八九十百])(\d{1,4}|[一二两三四五六七八九十百]{1,4})个(?:行政村|村(?:[（(]社区[）)]|居)?|社区)?[^，。；,;：:\n\d一二两三四五六七八九十百]{0,8}?(?:配备|聘请|聘用|签订|落实)(?:了)?[^，。；,;：:\n]{0,4}?法律顾问/g;

/**
 * Every match of these holds 法律顾问, so they run only near it (near.ts). Full coverage: at most
 * 24 characters before the word, 32 after; villages with an advisor end with it, 29 at most.
 */
export const ADVISOR_PHRASES = {
  fullCoverage: { re: FULL_COVERAGE, before: 30, after: 36 },
  villagesWithAdvisor: { re: VILLAGES_WITH_ADVISOR, before: 40, after: 0 },
} as const;

const near = (text: string, p: { re: RegExp; before: number; after: number }) =>
  matchesNear(text, "法律顾问", p.before, p.after, p.re);

function villagesWithAdvisor(ctx: Context): Candidate[] {
  const out: Candidate[] = [];
  for (const m of near(ctx.text, ADVISOR_PHRASES.villagesWithAdvisor)) {
    const n = parseNumber(m[1] as string);
    if (n === null || n === 0) continue;
    out.push(
      phraseCandidate({
        id: "legal_advisor_coverage_pct",
        value: n,
        unit: "个",
        basis: "derived",
        rule: "legal-advisor.coverage-from-counts",
        start: m.index,
        end: m.index + m[0].length,
        pending: "share-of-villages",
      }),
    );
  }
  return out;
}

export const legalAdvisorParser: Parser = {
  name: "legal-advisor",
  parse: (ctx) => [...runCueRule(RATE, ctx), ...fullCoverage(ctx), ...villagesWithAdvisor(ctx)],
};
