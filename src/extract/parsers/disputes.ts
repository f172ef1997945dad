// Disputes (矛盾纠纷): how many were taken up, how many resolved, and the success rate.
// "已全部化解" proposes resolved = handled; refiners/linkAllResolved fills in the value.
import { phraseCandidate } from "../candidate";
import type { Candidate, Context, Parser } from "../types";
import { runCueRule, type CueRuleSpec } from "./cueRule";

// Counts are of disputes taken up: "调处各类矛盾纠纷70余起", "排查出纠纷67件". Rounds of checking
// ("开展排查84次") have the unit 次 and never qualify.
const HANDLED: CueRuleSpec = {
  id: "disputes_handled",
  rule: "disputes.mediated-count",
  cue: /(?:调处|调解|化解|受理|排查出|摸排出|排查|处理|办理|接处|办结|处置)[^，。；,;：:]{0,12}?(?:纠纷|矛盾)|(?:纠纷|矛盾)[^，。；,;：:]{0,6}?(?:调处|调解|化解|受理|排查出)|调解(?:各类)?案件/g,
  exclude: /成功|化解率|成功率|其中|包括|未化解|信访|隐患|风险/,
  // "成功调解纠纷30起" counts the successes: a resolved figure.
  excludeWindow: /成功(?:调解|调处|化解)|(?:调解|调处|化解)成功/,
  // "调处45起矛盾纠纷".
  after: /(?:的)?(?:各类|各种)?(?:矛盾)?纠纷/y,
  afterNeedsBefore: /调处|调解|化解|受理|排查出|摸排出|排查|处理|办理|处置/g,
};

const RESOLVED: CueRuleSpec = {
  id: "disputes_resolved",
  rule: "disputes.resolved-count",
  // A clause that only says "化解105件" after the handled count ("排查矛盾纠纷107件，化解105件").
  cue: /(?:调处|调解|化解|处置)成功|成功(?:调处|调解|化解|处置)|已(?:经)?(?:化解|调处|调解|办结)|达成(?:调解)?协议|^(?:其中|共|均|已|成功)?(?:化解|调结|办结|解决|调处到位)了?$/g,
  sentence: /纠纷|矛盾|调解|调处/,
  exclude: /未/,
  // "成功调解45起纠纷".
  after: /(?:的)?(?:各类|各种)?(?:矛盾)?纠纷/y,
  afterNeedsBefore: /(?:调处|调解|化解|处置)成功|成功(?:调处|调解|化解|处置)/g,
};

const RATE: CueRuleSpec = {
  id: "dispute_resolution_pct",
  rule: "disputes.rate-stated",
  cue: /(?:调解|调处|化解)?成功率|化解率|调解率|调处率/g,
  sentence: /纠纷|矛盾|调解|调处/,
  excludeWindow: /较(?:上年|去年|上一年|20\d{2}年|同期)|同比|环比|信访|办结/,
};

// "已全部化解", "均已调解成功", "全部得到化解" — but not a goal ("化解在基层").
const ALL_RESOLVED =
  /(?:已|均已)(?:全部|均|都)?(?:得到)?(?:化解|调解成功|调处成功|妥善处理|妥善化解|办结|解决)(?!在)|(?:全部|均)(?:得到|已)(?:化解|妥善处理|解决)(?!在)|(?:全部|均)(?:调解|调处|化解)成功/g;

function allResolvedPhrases(ctx: Context): Candidate[] {
  const out: Candidate[] = [];
  ALL_RESOLVED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ALL_RESOLVED.exec(ctx.text)) !== null) {
    out.push(
      phraseCandidate({
        id: "disputes_resolved",
        value: 0,
        unit: "件",
        basis: "derived",
        rule: "disputes.all-resolved",
        start: m.index,
        end: m.index + m[0].length,
        pending: "equals-handled",
      }),
    );
  }
  return out;
}

export const disputesParser: Parser = {
  name: "disputes",
  parse: (ctx) => [
    ...runCueRule(HANDLED, ctx),
    ...runCueRule(RESOLVED, ctx),
    ...runCueRule(RATE, ctx),
    ...allResolvedPhrases(ctx),
  ],
};
