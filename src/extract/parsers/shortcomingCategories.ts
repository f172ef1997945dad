// Cue vocabularies of the shortcoming categories (CONTRACT §3). An item's head (its heading or
// first sentence) says what the problem is; the rest explains it, so the head weighs three times.
import type { ShortcomingCategory } from "../../domain";

// No cue may cross a clause break, so two halves of different sentences never make a cue.
const G = "[^，。；,;：:\\n]";
const gap = (n: number): string => `${G}{0,${n}}`;
const re = (s: string): RegExp => new RegExp(s, "g");

/** Ordered from most to least specific: ties go to the earlier category. */
export const CATEGORY_CUES: ReadonlyArray<readonly [ShortcomingCategory, readonly RegExp[]]> = [
  [
    "legal_advisor_role",
    [re(`法律顾问${gap(20)}(?:作用|参与|深度|广度|不够|有限|不充分|不足|不高)`), re("顾问作用")],
  ],
  [
    "normative_docs",
    [
      re("规范性文件"),
      re("备案审查"),
      re("备案不及时"),
      re(`材料${gap(2)}不(?:齐全|完整)`),
      re(`合法性审查${gap(6)}(?:不够|不到位|有待)`),
    ],
  ],
  [
    "legal_service_platform",
    [
      re(`平台${gap(10)}(?:利用|使用|知晓|运用)${gap(6)}(?:不够|不高|低|不足|不充分)`),
      re(`利用率${gap(6)}(?:低|不高)`),
      re(`公共法律服务${gap(10)}(?:不够|不足|不完善|不健全|短板|不均衡)`),
      re(`法律服务${gap(4)}不够(?:全面|完善|便捷)`),
      re("网络平台"),
    ],
  ],
  [
    "grassroots_knowledge",
    [
      re("村组干部"),
      re(`村(?:[（(]社区[）)])?(?:两委)?干部${gap(10)}(?:法律|法治|能力|素养)`),
      re(`法律明白人${gap(10)}(?:作用|能力|水平|有限|不足|不够|参差)`),
      re(`基层干部${gap(10)}(?:法律知识|法治素养|法治意识)`),
      re(`调解员${gap(8)}(?:能力|水平|素质)`),
    ],
  ],
  [
    "department_responsibility",
    [
      re(`重视${gap(4)}(?:不够|不足|不到位)`),
      re(`认识${gap(4)}不(?:到位|足|够)`),
      re("谁执法谁普法|谁主管谁普法"),
      re("能动性|主动性不(?:强|够|足)|积极性不(?:高|够)"),
      re(`责任${gap(4)}(?:落实)?不(?:到位|落实|明确)`),
      re(`部门${gap(10)}(?:配合|协作|联动)${gap(2)}不`),
    ],
  ],
  [
    "workforce",
    [
      re(`队伍${gap(8)}(?:薄弱|需加强|需要加强|有待|不足|不强|不够|亟需|单薄)`),
      re("力量(?:相对|较为|比较|还)?(?:薄弱|不足|不够)"),
      re(`专业(?:人员|人才)${gap(8)}(?:不足|缺乏|占比|较少|欠缺|匮乏|短缺)`),
      re(`法律专业${gap(8)}(?:占比|较低|不足|缺乏)`),
      re("人员配备|兼职|人手不足|人员不足|力不从心|人才(?:匮乏|缺乏|不足|短缺)"),
      re(`执法${gap(6)}(?:业务水平|素质|能力)${gap(4)}(?:有待|不高|不足|需)`),
    ],
  ],
  [
    "admin_capacity",
    [
      re(`依法行政${gap(6)}(?:能力|水平|意识)${gap(8)}(?:需|有待|不足|不高|不强|提升|欠缺)`),
      re(`(?:法治思维|法治方式)${gap(16)}(?:能力|水平)${gap(4)}(?:不强|不足|不高|有待|欠缺|需)`),
      re("方法单一|办法不多|手段不多|方式方法"),
      re(`依法决策${gap(6)}(?:不够|有待|不规范|不完善)`),
      re(`执法${gap(4)}不(?:够)?规范`),
      re(`行政决策${gap(8)}(?:不够|有待|不规范)`),
    ],
  ],
  [
    "cadre_study",
    [
      re(`学习${gap(3)}(?:还|仍)?(?:不够|不深|不足|不透|不系统)`),
      re(`(?:理解|领会|掌握)${gap(3)}不(?:够|深|透)`),
      re(`学习领会${gap(4)}有待`),
      re(`学法${gap(6)}(?:不够|不深|不足|流于形式|不系统)`),
      re(`(?:干部|职工|工作人员)${gap(10)}法治(?:意识|思维|观念)${gap(4)}(?:不强|淡薄|有待|不足|欠缺)`),
      re(`法治思维${gap(6)}(?:不强|欠缺|有待|不足)`),
      re(`干部${gap(8)}(?:意识|观念)${gap(2)}(?:不强|淡薄|不足|有待|欠缺)`),
    ],
  ],
  [
    "publicity_form",
    [
      re("(?:形式|载体|方式|手段|渠道)(?:较为|比较|相对|过于|还)?单一"),
      re("以传统(?:方式|形式|手段)为主"),
      re("针对性不(?:强|够|足)"),
      re("不够精准"),
      re(`覆盖面${gap(4)}不(?:够|广|足)|覆盖面(?:窄|较窄|小)`),
      re(`内容${gap(4)}(?:不够丰富|单一|不够深入|枯燥)`),
      re(`吸引力${gap(4)}不`),
      re(
        `(?:宣传|普法)${gap(8)}(?:力度|深度|广度|效果|实效)?${gap(4)}(?:不够|不足|有待|欠缺|不强|不深入|不明显|需要加强|需进一步|不平衡|不均衡)`,
      ),
      re(`(?:群众|村民|居民)${gap(6)}(?:法治|法制|法律)(?:观念|意识)${gap(4)}(?:不强|淡薄|薄弱|参差|不高)`),
    ],
  ],
];

function count(res: readonly RegExp[], s: string): number {
  let n = 0;
  for (const r of res) {
    r.lastIndex = 0;
    while (r.exec(s) !== null) n++;
  }
  return n;
}

/** Classifies one admitted problem. `head` is its heading or first sentence, `body` the rest. */
export function classifyShortcoming(head: string, body: string): ShortcomingCategory {
  let best: ShortcomingCategory = "other";
  let bestScore = 0;
  for (const [category, cues] of CATEGORY_CUES) {
    const score = 3 * count(cues, head) + count(cues, body);
    if (score > bestScore) {
      best = category;
      bestScore = score;
    }
  }
  return best;
}
