// Governance: officials' law study and training, certified enforcement staff, petitions and
// administrative lawsuits (a stated "未涉及行政案件" is the value 0, not a gap).
import { phraseCandidate } from "../candidate";
import { matchesNear } from "../near";
import type { Candidate, Context, Parser } from "../types";
import { runCueRule, type CueRuleSpec } from "./cueRule";

// Who studies: the township's officials and staff (not villagers, not the public), and the
// words for their study sessions. "干部职工学习48次", "班子成员专题学法6次", "组织党员干部集中
// 学习法律知识12次" are training; a villager's or the public's study is publicity.
const STUDENTS =
  "(?:干部职工|党员干部|机关干部|机关党员|机关工作人员|班子成员|领导班子|领导干部|全体干部|全体党员|全体职工)";
const STUDY = "(?:集中|集体|专题|常态化|定期|线上|线下)?(?:学习|学法|研学|轮训|培训)";

// A session named after its count: "组织12次中心组学习", "举办3期法治培训班".
const SESSION_AFTER =
  /(?:党委)?(?:理论)?(?:中心组(?:理论)?学习|中心组学法|(?:法治|法律|专题|业务|集中)(?:知识)?(?:培训|讲座|学习)|学法|培训班|法治课|法治大讲堂)/;

const TRAINING: CueRuleSpec = {
  id: "law_training_sessions",
  rule: "governance.training-count",
  cue: new RegExp(
    `${STUDENTS}[^，。；,;：:\\d]{0,10}?${STUDY}|` +
      /中心组(?:理论)?学习|中心组学法|专题学法|集体学法|学法|集中学习|专题学习|法治学习|法律学习|法治培训|法律培训|专题培训|业务培训|知识培训|(?:法治|法律|法规|执法|依法行政)[^，。；,;：:\d]{0,8}?培训|培训班|培训会|(?:法治|法律)[^，。；,;：:\d]{0,4}?讲座|法治课|大讲堂|学习活动|以案释法|旁听庭审|庭审旁听/
        .source,
    "g",
  ),
  // Meetings that study a topic (党委会、专题会16次) are not training; nor is publicity.
  exclude: /宣传|普法|咨询|党委会|专题会|例会|联席会|常委会|办公会|会议|考试|测试|考核/,
  // "组织12次中心组学习", "开展48次干部职工学习".
  after: new RegExp(`(?:的)?(?:${STUDENTS}${STUDY}|${SESSION_AFTER.source})`, "y"),
  afterExclude: /宣传|普法|会议/,
};

const ENFORCEMENT: CueRuleSpec = {
  id: "enforcement_staff",
  rule: "governance.enforcement-staff",
  cue: /执法人员|执法证|执法资格|执法队员|持证/g,
  // Candidates sitting an exam or a course are not certified staff.
  exclude: /报考|考试|参加|培训|参训|学习/,
  // This year's increase (新增持证执法人员3名) is not how many hold a certificate.
  excludeWindow: /新增|新招录|新录用|新进/,
  // "全镇共有13名行政执法人员" — but not "组织30名执法人员参加培训".
  after: /(?:持证)?(?:行政|综合)?执法人员/y,
  afterExclude: /参加|培训|参训|考试|报考|学习/,
};

const PETITIONS: CueRuleSpec = {
  id: "petitions",
  rule: "governance.petition-count",
  cue: /信访|来信来访|群众来访|上访/g,
  after: /(?:的)?(?:网上)?(?:信访|来信来访)/y,
  // 件次 as well: "受理群众来信来访45件次".
};

const LITIGATION: CueRuleSpec = {
  id: "admin_litigation_cases",
  rule: "governance.admin-litigation-count",
  cue: /行政诉讼|行政应诉|应诉案件|行政案件/g,
  excludeWindow: /代理|民事|刑事|败诉|胜诉/,
};

// "未涉及行政案件", "没有发生行政诉讼案件" — but "未发生行政诉讼败诉案件" is about losing.
const NO_LITIGATION =
  /(?:未|没有|无)(?:发生|涉及|出现|产生|发生过)?(?:一起|任何)?[^，。；,;：:]{0,6}?(?:行政诉讼|行政应诉|行政案件)(?![^，。；,;]{0,4}败诉)|(?:行政诉讼|行政应诉)(?:案件)?(?:数)?(?:为零|为0|零发生)/g;

function statedZero(ctx: Context): Candidate[] {
  const out: Candidate[] = [];
  // Every match names 行政 (诉讼, 应诉, 案件), at most 13 characters after its start (没有发生过
  // 任何 and a 6-character gap) and ending at most 8 after the word, its 败诉 look-ahead included
  // (诉讼案件数零发生): the pattern runs only in windows around that word (near.ts).
  for (const m of matchesNear(ctx.text, "行政", 14, 12, NO_LITIGATION)) {
    const start = m.index;
    const end = start + m[0].length;
    out.push(
      phraseCandidate({
        id: "admin_litigation_cases",
        value: 0,
        unit: "件",
        basis: "stated",
        rule: "governance.admin-litigation-none",
        start,
        end,
      }),
    );
  }
  return out;
}

export const governanceParser: Parser = {
  name: "governance",
  parse: (ctx) => [
    ...runCueRule(TRAINING, ctx),
    ...runCueRule(ENFORCEMENT, ctx),
    ...runCueRule(PETITIONS, ctx),
    ...runCueRule(LITIGATION, ctx),
    ...statedZero(ctx),
  ],
};
