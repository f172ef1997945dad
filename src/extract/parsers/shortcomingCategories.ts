// Cue vocabularies of the shortcoming categories (CONTRACT §3). Reports phrase one problem in
// many ways ("执法力量薄弱", "执法队伍人员少", "行政执法人员数量不足"), so each category has a
// weighted vocabulary: a topic with its failing (执法 + 队伍/人员 + 不足) weighs most, a generic
// failing word ("积极性不高") least. An item's head (its first clause, which names the problem)
// counts three times, the rest once; the highest score wins, ties go to the earlier category.
import type { ShortcomingCategory } from "../../domain";
import { CharFilter } from "../prefilter";

// No cue may cross a clause break, so two halves of different clauses never make a cue.
const G = "[^，。；,;：:\\n]";
const gap = (n: number): string => `${G}{0,${n}}`;

/** A cue and its weight: 3 names the problem outright, 2 is a typical phrasing, 1 a hint. */
export type Cue = readonly [RegExp, number];
const cue = (s: string, weight: number): Cue => [new RegExp(s, "g"), weight];

// Failing words, from the plain (不足) to the idiomatic (力不从心 is kept with its category).
const WEAK =
  "(?:不足|不够|不强|不高|有待|欠缺|缺乏|薄弱|较弱|较低|偏低|不到位|不充分|不明显|有限|需加强|需要加强|需进一步|亟需|亟待|不理想)";
// Officials of the township, not village cadres (村干部, 村（居）干部, 嘎查干部: grassroots).
const CADRE = "(?<![村组居查）)]|委会)干部";
const FEW =
  "(?:不足|短缺|缺乏|匮乏|紧缺|较少|偏少|少|单薄|薄弱|不够|不齐|老化|老龄化|不稳定|流动性大|流动频繁)";

/**
 * Ordered by priority, which settles ties: the narrow topics first (an advisor, documents, a
 * platform, village cadres), the broad failings (方法, 重视, 积极性) last.
 */
export const CATEGORY_CUES: ReadonlyArray<readonly [ShortcomingCategory, readonly Cue[]]> = [
  [
    "legal_advisor_role",
    [
      cue(
        `法律顾问${gap(20)}(?:作用|参与|深度|广度|频次|不够|有限|不充分|不足|不高|不明显|流于形式|形式化|兼职|精力)`,
        3,
      ),
      cue("顾问作用", 3),
      // An item that names the advisor is about the advisor, even when it blames being part-time.
      cue("法律顾问", 2),
    ],
  ],
  [
    "normative_docs",
    [
      cue("规范性文件|红头文件", 3),
      cue(`备案审查|备案不及时|报备不及时|备案${gap(4)}不(?:规范|及时|全面)`, 3),
      cue(`合法性审查${gap(8)}(?:不够|不到位|有待|不规范|不全面|不严格|流于形式)`, 3),
      cue(`材料${gap(2)}不(?:齐全|完整|规范)`, 2),
      cue(`(?:文件|制度)清理${gap(6)}(?:滞后|不及时|不到位)`, 2),
    ],
  ],
  [
    "legal_service_platform",
    [
      cue(
        `(?:平台|工作站|工作室|服务站|服务室|服务中心|热线|12348|网络|线上|智慧法务)${gap(10)}(?:利用|使用|知晓|运用|作用|功能|效能|访问)${gap(8)}${WEAK}`,
        3,
      ),
      cue(`(?:知晓率|利用率|使用率|知晓度|使用频率|访问量)${gap(6)}(?:低|不高|不够|不足|不理想)`, 3),
      cue(`公共法律服务${gap(12)}(?:不够|不足|不完善|不健全|短板|不均衡|不便捷|有待|覆盖不|不平衡)`, 2),
      cue(`法律服务${gap(4)}不够(?:全面|完善|便捷|精准)`, 2),
      cue("12348|网络平台|线上(?:渠道|平台|服务)|法律服务平台|实体平台|服务功能", 1),
    ],
  ],
  [
    "grassroots_knowledge",
    [
      cue(
        `(?:村组干部|村居干部|村级干部|(?<![镇乡])村干部|社区干部|基层干部|嘎查(?:村)?干部|(?<![镇乡])村(?:[（(](?:社区|居)[）)])?(?:两委|“两委”|委会|委|级|民小组)?干部|村(?:[（(](?:社区|居)[）)])?两委|村民小组长|网格员|调解员|调解组织|调委会|法律明白人|法治带头人)${gap(12)}(?:法律|法治|能力|素养|素质|知识|水平|作用|意识|本领)`,
        3,
      ),
      cue(`基层${gap(8)}(?:法律知识|法治素养|法治意识|法律素养|法律意识)${gap(4)}${WEAK}`, 2),
      cue(`法律明白人${gap(10)}(?:作用|能力|水平|有限|不足|不够|参差|发挥)`, 2),
      // The grassroots mediators' own make-up (调解员队伍老龄化): a village-level capacity problem.
      cue(`(?:调解员|调解队伍|网格员)${gap(8)}(?:老龄化|年龄偏大|年龄结构|文化程度)`, 2),
      cue("村组干部|(?<![镇乡])村干部|嘎查干部|法律明白人", 1),
    ],
  ],
  [
    "workforce",
    [
      cue(
        `(?:执法|法治|法制|普法|司法|法律)${gap(6)}(?:队伍|力量|人员|人才|工作者|机构)${gap(10)}(?:${FEW}|需加强|需要加强|有待|亟需|亟待|不强|不高|人员少|数量|配备)`,
        3,
      ),
      cue(`队伍${gap(8)}(?:薄弱|需加强|需要加强|有待|不足|不强|不够|亟需|单薄|不稳定|老化|人员少|短缺)`, 2),
      cue("力量(?:相对|较为|比较|还|仍|严重|明显)?(?:薄弱|不足|不够|分散|单薄)", 2),
      cue(`(?:专业|专职)${gap(4)}(?:人员|人才|力量|队伍)${gap(8)}${FEW}`, 2),
      cue(`(?:法律专业|专业背景)${gap(8)}(?:占比|较低|不足|缺乏|偏少|少)`, 2),
      cue(`(?:人员|人手|编制|人数)${gap(4)}(?:不足|紧张|短缺|缺乏|偏少|较少|少|不够)`, 2),
      cue(
        `一人多岗|身兼数职|一人身兼|(?:均为|多为|都是|大多是|大多为)兼职|兼职${gap(4)}(?:较多|为主|人员|现象)|人员配备|力不从心|青黄不接|断层`,
        2,
      ),
      cue(`(?:仅有|只有|仅配备)${gap(6)}[\\d一二两三四五]${gap(2)}(?:名|人)|兼职`, 1),
      cue(`专业化(?:程度|水平)?${gap(4)}(?:不高|较低|不足|不够|不强)`, 2),
      cue(
        `(?:调解员|人员|力量|队伍)${gap(2)}配备${gap(2)}(?:不足|不到位|不齐|不够)|(?:执法|工作|调解)经验${gap(4)}(?:不足|欠缺|缺乏)`,
        2,
      ),
      cue(`人才${gap(4)}(?:匮乏|缺乏|不足|短缺|紧缺)|数量${gap(2)}(?:不足|少|偏少|不够)`, 1),
      cue(`执法${gap(6)}(?:业务水平|业务能力|素质|能力|专业)${gap(4)}(?:有待|不高|不足|需|不强|参差)`, 1),
    ],
  ],
  [
    "cadre_study",
    [
      cue(`(?:${CADRE}|职工|工作人员|公职人员|党员|班子成员)${gap(4)}(?:学法|法治学习|学习)`, 2),
      cue(
        `学法(?:用法)?${gap(8)}(?:不够|不深|不足|不强|流于形式|不系统|不经常|不常态|自觉性|主动性|积极性|有待|氛围)`,
        2,
      ),
      cue(`学习${gap(3)}(?:还|仍)?(?:不够|不深|不足|不透|不系统|不全面|不到位|不及时)`, 2),
      cue(`学习领会${gap(4)}有待|(?:理解|领会|掌握)${gap(3)}不(?:够|深|透|全面|到位)`, 2),
      cue(
        `(?:${CADRE}|职工|工作人员|公职人员)${gap(10)}法治(?:意识|思维|观念|素养|素质)${gap(8)}(?:${WEAK}|淡薄|参差)`,
        2,
      ),
      cue(`(?:${CADRE}|领导)${gap(8)}(?:意识|观念)${gap(2)}(?:不强|淡薄|不足|有待|欠缺)`, 1),
      cue(`(?:${CADRE}|职工|工作人员)${gap(6)}(?:运用)?(?:法治思维|法治方式)`, 1),
      // Whose mindset: the public's is a matter of publicity (below).
      cue(`(?<!群众|村民|居民|百姓)法治(?:思维|意识|观念)${gap(6)}(?:不强|欠缺|有待|不足|淡薄)`, 1),
      cue("学用结合|以学促用|学用脱节|重学轻用", 1),
    ],
  ],
  [
    "publicity_form",
    [
      cue(`(?:宣传|普法)${gap(16)}(?:结合|对接|贴合|贴近)${gap(4)}(?:不够|不紧|不足|不到位|不精准)`, 2),
      cue(`(?:宣传|普法|法治文化)${gap(4)}阵地${gap(8)}(?:滞后|不足|不够|有待|不高|薄弱|单一|利用率)`, 2),
      cue(
        `(?:宣传|普法|法治教育)${gap(8)}(?:形式|方式|方法|载体|手段|渠道|内容|模式)${gap(6)}(?:单一|单调|传统|老套|陈旧|简单|创新不够|创新不足|缺乏创新|不够新颖|不够丰富|枯燥)`,
        3,
      ),
      cue("(?:形式|载体|方式|手段|渠道)(?:较为|比较|相对|过于|还|仍|略显)?(?:单一|单调|传统|老套|陈旧)", 2),
      cue(
        `(?:针对性|实效性|吸引力|感染力|趣味性|互动性|覆盖面|精准性|精准度)${gap(8)}(?:不强|不够|不足|不高|有待|欠缺|不广|较窄|窄|不大|较差|差)`,
        2,
      ),
      cue(`不够精准|以传统(?:方式|形式|手段)为主|覆盖${gap(2)}不(?:够|足|全|到位)`, 2),
      cue(`以${gap(14)}为主`, 1),
      cue(`内容${gap(4)}(?:不够丰富|单一|不够深入|枯燥|不接地气)`, 1),
      cue(
        `(?:宣传|普法)${gap(8)}(?:力度|深度|广度|效果|实效|氛围)?${gap(4)}(?:不够|不足|有待|欠缺|不强|不深入|不明显|需要加强|需进一步|不平衡|不均衡|薄弱)`,
        1,
      ),
      cue(`(?:群众|村民|居民)${gap(8)}(?:参与|积极性|参与度|参与率)${gap(4)}(?:不高|不够|不强|较低|不足)`, 1),
      cue(
        `(?:群众|村民|居民|百姓)${gap(6)}(?:法治|法制|法律)(?:观念|意识|素养)${gap(4)}(?:${WEAK}|淡薄|参差|仍需|需(?:要)?(?:进一步)?提高)`,
        2,
      ),
      cue(`新媒体${gap(6)}(?:不够|不足|不充分)|信访不信法|信“访”不信“法”`, 1),
    ],
  ],
  [
    "admin_capacity",
    [
      cue(`依法行政${gap(6)}(?:能力|水平|意识)${gap(8)}(?:需|有待|不足|不高|不强|提升|欠缺|差距|不够)`, 2),
      cue(
        `依法(?:决策|办事|管理|履职|执政)${gap(12)}(?:能力|水平)${gap(12)}(?:不够|有待|不足|不高|不强|差距|欠缺|需)`,
        2,
      ),
      cue("方法单一|办法不多|手段不多|招数不多|方法不多|路子不多|办法不够", 2),
      cue(
        `依法决策${gap(6)}(?:不够|有待|不规范|不完善|意识)|(?:重大)?行政决策${gap(8)}(?:不够|有待|不规范|不严格|不完善)`,
        2,
      ),
      cue(`重结果${gap(2)}轻程序|重实体${gap(2)}轻程序|程序意识${gap(4)}(?:不强|淡薄)`, 2),
      cue(`(?:方式方法|工作方法)${gap(6)}(?:单一|简单|不多|陈旧|有待|不够)`, 1),
      cue(`执法${gap(4)}不(?:够)?规范|执法${gap(6)}(?:不严格|不文明|随意)`, 1),
      cue(`(?:法治思维|法治方式)${gap(16)}(?:能力|水平)${gap(4)}(?:不强|不足|不高|有待|欠缺|需)`, 1),
    ],
  ],
  [
    "department_responsibility",
    [
      cue("谁执法谁普法|谁主管谁普法|谁服务谁普法", 3),
      cue(`重视${gap(4)}(?:不够|不足|不到位)|不够重视|重视程度不(?:高|够)`, 2),
      cue(`(?:思想)?认识${gap(4)}不(?:到位|足|够|高|清)`, 2),
      cue("一家的事|单打独斗|各自为战", 2),
      cue(`(?:部门|站所|单位|科室)${gap(10)}(?:配合|协作|联动|协同)${gap(4)}(?:不|有待|欠缺)`, 2),
      cue(`(?:尚未|没有|未能?)形成${gap(8)}(?:合力|齐抓共管)|齐抓共管${gap(6)}(?:不够|不足|不到位)`, 2),
      cue(`(?:部门|站所|单位)${gap(10)}(?:责任|职责)${gap(6)}(?:落实不|不落实|不到位|不明确|不清)`, 2),
      cue(`责任${gap(4)}(?:落实)?不(?:到位|落实|明确|清)`, 2),
      cue(`(?:部门|站所|单位)${gap(8)}(?:能动性|主动性|积极性)`, 2),
      cue("能动性|主动性不(?:强|够|足)|积极性不(?:高|够|强)", 1),
    ],
  ],
];

/**
 * A category's score over `s`, whose first `headEnd` characters are the head (counted three
 * times). One scan serves both parts: no cue crosses a clause break, and the head ends on one.
 */
function score(cues: readonly Cue[], s: string, headEnd: number, first: number): number {
  let n = 0;
  for (let k = 0; k < cues.length; k++) {
    // A cue none of whose needed characters the text holds (FILTER, scanned by scoresOf) is skipped.
    if (!FILTER.may(first + k)) continue;
    const [r, weight] = cues[k] as Cue;
    r.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = r.exec(s)) !== null) n += m.index < headEnd ? 3 * weight : weight;
  }
  return n;
}

// The characters each cue needs (filter slots in CATEGORY_CUES order): a text that holds none of
// a cue's characters is not scanned by it. Most items hold a character of few cues, so most cues
// never run on an item.
const FILTER = new CharFilter(CATEGORY_CUES.flatMap(([, cues]) => cues.map(([r]) => r)));
const FIRST_CUE: readonly number[] = CATEGORY_CUES.map((_, i) =>
  CATEGORY_CUES.slice(0, i).reduce((n, [, cues]) => n + cues.length, 0),
);

/**
 * Per category, whether a cue may match inside a part of a text that no cue matches as a whole:
 * only where a cue looks around its match (a lookbehind such as (?<![镇乡])村干部) or is anchored.
 * Any other pattern that matches a substring matches the same characters in the whole text.
 */
const CONTEXT_FREE: readonly boolean[] = CATEGORY_CUES.map(([, cues]) =>
  cues.every(([r]) => !/\(\?<?[=!]|[\^$]|\\[bB]/.test(r.source.replace(/\[(?:\\.|[^\]\\])*\]/g, ""))),
);

/**
 * Each category's score over `whole`, whose first `headEnd` characters are the head. With
 * `within` (the categories some cue matched in a text that holds `whole`), a context-free
 * category that no cue matched there scores nothing here either and is not scanned again.
 */
function scoresOf(whole: string, headEnd: number, within?: readonly number[]): number[] {
  FILTER.scan(whole);
  return CATEGORY_CUES.map(([, cues], i) =>
    within && within[i] === 0 && CONTEXT_FREE[i] ? 0 : score(cues, whole, headEnd, FIRST_CUE[i] as number),
  );
}

/** Each category's score, in CATEGORY_CUES order. */
function scores(head: string, body: string): number[] {
  // One scan of head + body when the head ends a clause (as classifyItem cuts it), else two.
  if (body === "" || /[，,。；;\n]$/.test(head)) return scoresOf(head + body, head.length);
  const inBody = scoresOf(body, 0);
  return scoresOf(head, head.length).map((n, i) => n + (inBody[i] as number));
}

/** The highest score's category; ties go to the earlier one, no score at all is "other". */
function best(byCategory: readonly number[]): ShortcomingCategory {
  let found: ShortcomingCategory = "other";
  let bestScore = 0;
  byCategory.forEach((s, i) => {
    if (s > bestScore) {
      found = (CATEGORY_CUES[i] as (typeof CATEGORY_CUES)[number])[0];
      bestScore = s;
    }
  });
  return found;
}

/** Classifies one admitted problem. `head` names it (its first clause), `body` explains it. */
export function classifyShortcoming(head: string, body: string): ShortcomingCategory {
  return best(scores(head, body));
}

const CLAUSE_END = /[，,。；;\n]/;

/**
 * Classifies an item's whole text: its first clause (up to and with its break) is the head, the
 * rest the body. The head ends a clause, so the text is scored as it is, in one scan.
 */
export function classifyItem(text: string): ShortcomingCategory {
  const stop = text.search(CLAUSE_END);
  return best(scoresOf(text, stop < 0 ? text.length : stop + 1));
}

const indexOf = (category: ShortcomingCategory): number => CATEGORY_CUES.findIndex(([c]) => c === category);

/**
 * The categories of one admitted problem: its own (classifyItem), and a second one only when its
 * head joins two named problems with 、 ("法治宣传形式单一、执法力量薄弱"): the other part names
 * a problem of another category outright (a cue of weight 2 or more) and says nothing of the
 * first. The scorer counts categories per report, CONTRACT §3 one category per item: the item
 * is then listed once per category, with the same span.
 */
export function categoriesOfItem(text: string): ShortcomingCategory[] {
  const stop = text.search(CLAUSE_END);
  const whole = scoresOf(text, stop < 0 ? text.length : stop + 1);
  const primary = best(whole);
  const head = stop < 0 ? text : text.slice(0, stop);
  const parts = head.split("、");
  if (parts.length < 2) return [primary];
  if (primary === "other") return [primary];
  for (const part of parts) {
    // A part scored as a whole head: the same scan decides its category and weighs both.
    const byCategory = scoresOf(part, part.length, whole);
    const other = best(byCategory);
    if (other === primary || other === "other") continue;
    if ((byCategory[indexOf(other)] as number) >= 6 && byCategory[indexOf(primary)] === 0)
      return [primary, other];
  }
  return [primary];
}
