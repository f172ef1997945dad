// The ONE indicator catalogue. Table columns, chart titles, exports and the indicator dictionary
// (指标说明) read it; the extractor's rules name the same ids. Change wording here, not in views.
import { INDICATOR_IDS, KEY_INDICATOR_IDS, type IndicatorId, type KeyIndicatorId } from "./types";

export type IndicatorGroup = "legal_advisor" | "disputes" | "publicity" | "services" | "governance";

export interface IndicatorDef {
  id: IndicatorId;
  /** Full Chinese name, for titles and the dictionary. */
  name: string;
  /** Short name for table headers and axis labels. */
  short: string;
  /** Unit shown after a value. */
  unit: string;
  /** Units the reports use for it: the extractor accepts a figure only in one of these. */
  unitsSeen: readonly string[];
  /**
   * How several figures of it combine when the report states no total (the extractor reads it):
   * "sum" — a flow of activities: parts listed by kind add up (送法进乡村8次、进校园2次 → 10);
   * "bodies" — a flow counted by several bodies: figures of different bodies add up (调委会52件,
   *   司法所8件 → 60), a breakdown by type restates the total and is never added;
   * "one" — a stock (villages, staff, persons), a count reports restate rather than split
   *   (petitions, lawsuits), or a rate: the best single figure.
   */
  combine: "sum" | "bodies" | "one";
  /** A ★ key indicator: counted in `missing`. */
  key: boolean;
  group: IndicatorGroup;
  /** Percentages: higher is better and capped at 100. */
  isPercent: boolean;
  /** 口径: what the figure means. */
  definition: string;
  /** Wording reports use for it (real examples). */
  wording: readonly string[];
  /** What counts as this figure. */
  counts: readonly string[];
  /** What does not. */
  notCounts: readonly string[];
  /** How the extractor decides, in plain words. */
  method: string;
}

export const INDICATOR_GROUPS: Record<IndicatorGroup, string> = {
  legal_advisor: "法律顾问",
  disputes: "矛盾纠纷调处",
  publicity: "普法宣传",
  services: "法律服务",
  governance: "依法行政",
};

const STANDING_RULE = "制度性表述（如“每年不少于4次”“每月一次”）不是实际开展次数";
const OTHER_YEAR = "关于其他年份的数字（如“较2022年增长23%”）不计入本年";

export const INDICATORS: readonly IndicatorDef[] = [
  {
    id: "legal_advisor_coverage_pct",
    name: "村（社区）法律顾问覆盖率",
    short: "法律顾问覆盖率",
    unit: "%",
    unitsSeen: ["%"],
    combine: "one",
    key: true,
    group: "legal_advisor",
    isPercent: true,
    definition: "配备法律顾问的村（社区）占全部村（社区）的比例。",
    wording: ["实现了法律顾问覆盖率100%", "法律顾问覆盖率100%", "一村（社区）一法律顾问全覆盖"],
    counts: ["明确写出的覆盖率", "“法律顾问全覆盖”“村村配备法律顾问”视为100%（推算）"],
    notCounts: ["民主法治示范村创建覆盖率等其他“全覆盖”", "法律明白人全覆盖"],
    method: "在“法律顾问”附近寻找百分数或“全覆盖”表述；只有“全覆盖”时记为100%并标注为推算值。",
  },
  {
    id: "villages_total",
    name: "村（社区）总数",
    short: "村（社区）数",
    unit: "个",
    unitsSeen: ["个"],
    combine: "one",
    key: false,
    group: "legal_advisor",
    isPercent: false,
    definition: "乡镇辖区内行政村与社区的合计数。",
    wording: ["全镇14个村", "我镇5村1居", "全镇8个村（社区）"],
    counts: ["“全镇/全乡/辖区 N个村（社区）”", "“N村M居（社区）”相加"],
    notCounts: ["示范村、重点村等部分村的个数", "网格、村民小组数"],
    method: "寻找以全镇/全乡/辖区等总称修饰的村（社区）个数；“5村1居”相加为6并标注为推算值。",
  },
  {
    id: "disputes_handled",
    name: "矛盾纠纷调处（受理）数",
    short: "调处纠纷数",
    unit: "起",
    unitsSeen: ["起", "件", "宗"],
    combine: "bodies",
    key: true,
    group: "disputes",
    isPercent: false,
    definition: "本年度排查、受理或调处的矛盾纠纷件数。",
    wording: ["调处各类矛盾纠纷70余起", "排查出纠纷67件", "共调处各类矛盾纠纷30余起"],
    counts: ["全年调处、调解、受理、排查出的纠纷件数"],
    notCounts: ["排查的次数（“开展排查84次”）", "纠纷分类中的部分件数", STANDING_RULE, OTHER_YEAR],
    method: "寻找“调处/调解/化解/排查出 … 纠纷 N 起/件”；有全年合计时取合计，不取分类小计。",
  },
  {
    id: "disputes_resolved",
    name: "矛盾纠纷化解（成功）数",
    short: "化解纠纷数",
    unit: "起",
    unitsSeen: ["起", "件", "宗"],
    combine: "bodies",
    key: false,
    group: "disputes",
    isPercent: false,
    definition: "调处的纠纷中调解成功、化解的件数。",
    wording: ["调处成功30起", "成功化解28件", "已全部化解（= 调处数）"],
    counts: ["明确的成功/化解件数", "“已全部化解”时等于调处数（推算）"],
    notCounts: ["化解率", OTHER_YEAR],
    method: "寻找“调解成功/化解 N 起/件”；“全部化解”时取同一句的调处数并标注为推算值。",
  },
  {
    id: "dispute_resolution_pct",
    name: "矛盾纠纷调解成功率",
    short: "调解成功率",
    unit: "%",
    unitsSeen: ["%"],
    combine: "one",
    key: true,
    group: "disputes",
    isPercent: true,
    definition: "化解（成功）数 ÷ 调处数，百分比。",
    wording: ["成功率达100%", "调解成功率98%"],
    counts: ["报告写明的成功率", "由化解数和调处数推算（保留一位小数）"],
    notCounts: ["其他工作的“合格率”“参考率”", OTHER_YEAR],
    method: "优先取报告写明的成功率；否则由两个件数相除推算，并说明推算过程。",
  },
  {
    id: "publicity_events",
    name: "普法宣传活动场次",
    short: "普法活动场次",
    unit: "场次",
    unitsSeen: ["场", "场次", "次", "期"],
    combine: "sum",
    key: true,
    group: "publicity",
    isPercent: false,
    definition: "本年度开展的普法宣传活动（含“送法进…”“法律进…”）场次；有全年合计时取合计。",
    wording: ["开展普法宣传活动120余场次", "全年共开展法治宣传5次", "送法进乡村8次、进校园2次"],
    counts: ["全年合计场次", "只有分项时为分项之和（推算）"],
    notCounts: ["干部学法、培训场次（另计）", STANDING_RULE, OTHER_YEAR],
    method: "寻找普法/法治宣传活动的场次；同时出现合计与分项时取合计，只有分项时相加。",
  },
  {
    id: "publicity_materials",
    name: "发放普法宣传资料数",
    short: "宣传资料份数",
    unit: "份",
    unitsSeen: ["份", "册", "本", "张", "套"],
    combine: "sum",
    key: false,
    group: "publicity",
    isPercent: false,
    definition: "发放的宣传资料、手册、读本等的数量。",
    wording: ["发放宣传资料28000余份", "发放宣传资料1万余份"],
    counts: ["发放的资料、手册、书籍份数"],
    notCounts: ["悬挂横幅、展板块数", "转发信息条数"],
    method: "寻找“发放 … 资料/手册/读本 N 份/册/本”；有全年合计时取合计。",
  },
  {
    id: "publicity_audience",
    name: "普法受众人次",
    short: "受众人次",
    unit: "人次",
    unitsSeen: ["人次", "人", "名"],
    combine: "sum",
    key: false,
    group: "publicity",
    isPercent: false,
    definition: "普法宣传覆盖、受教育的群众人次。",
    wording: ["受教育群众30000余人次", "覆盖群众两万余人次", "受众人群2000余人"],
    counts: ["受教育、受惠、覆盖的群众人次"],
    notCounts: ["法律咨询人次（另计）"],
    method: "寻找“受教育/受惠/覆盖/受众 … N 人次”。",
  },
  {
    id: "legal_consultations",
    name: "法律咨询解答人次",
    short: "法律咨询人次",
    unit: "人次",
    unitsSeen: ["人次", "次", "人", "件"],
    combine: "sum",
    key: false,
    group: "services",
    isPercent: false,
    definition: "为群众解答法律咨询的人次。",
    wording: ["解答法律咨询51人次", "现场接受法律咨询50次", "提供法律和政策咨询100余人次"],
    counts: ["解答、接受、提供法律咨询的人次"],
    notCounts: ["法律咨询活动的场次"],
    method: "寻找“法律咨询 N 人次/次”。",
  },
  {
    id: "legal_aid_cases",
    name: "法律援助人次（件）",
    short: "法律援助",
    unit: "人次",
    unitsSeen: ["人次", "件", "人", "次", "起", "宗"],
    combine: "sum",
    key: false,
    group: "services",
    isPercent: false,
    definition: "提供或协助申请法律援助的人次或案件数。",
    wording: ["无偿法律援助20余人次", "协助申请法律援助0人次"],
    counts: ["法律援助人次、件数；写明0也是数值"],
    notCounts: ["法律服务次数"],
    method: "寻找“法律援助 N 人次/件”；“0人次”记为0，不是缺失。",
  },
  {
    id: "law_literate_persons",
    name: "法律明白人数",
    short: "法律明白人",
    unit: "人",
    unitsSeen: ["人", "名"],
    combine: "one",
    key: false,
    group: "services",
    isPercent: false,
    definition: "培育或登记的“法律明白人”人数。",
    wording: ["培育法律明白人294人", "全镇40名法律明白人"],
    counts: ["培育、登记、现有的法律明白人数"],
    notCounts: ["学法用法示范户户数"],
    method: "寻找“法律明白人 N 人/名”或“N名法律明白人”。",
  },
  {
    id: "law_training_sessions",
    name: "干部学法培训次数",
    short: "学法培训次数",
    unit: "次",
    unitsSeen: ["次", "场", "场次", "期"],
    combine: "sum",
    key: false,
    group: "governance",
    isPercent: false,
    definition: "组织干部学法、法律专题培训、中心组学法的次数。",
    wording: ["组织党委中心组学习12次", "法律专题培训12次", "集中法治培训等各类学习活动40余场次"],
    counts: ["中心组学法、法治讲座、专题培训的次数"],
    notCounts: ["党委会、专题会等会议次数", STANDING_RULE],
    method: "寻找“学习/学法/培训 N 次/场次”；研究工作的会议不计。",
  },
  {
    id: "enforcement_staff",
    name: "持证行政执法人员数",
    short: "执法人员",
    unit: "名",
    unitsSeen: ["名", "人"],
    combine: "one",
    key: false,
    group: "governance",
    isPercent: false,
    definition: "持有行政执法证件（执法资格）的人员数。",
    wording: ["执法人员共有13名", "新取得执法资格人员13人"],
    counts: ["执法人员总数或取得执法资格人数"],
    notCounts: ["报考人数"],
    method: "寻找“执法人员/执法资格 … N 名/人”。",
  },
  {
    id: "petitions",
    name: "信访案件数",
    short: "信访件数",
    unit: "件",
    unitsSeen: ["件", "件次", "起", "批", "批次", "宗"],
    combine: "one",
    key: false,
    group: "governance",
    isPercent: false,
    definition: "本年度受理的信访案件数。",
    wording: ["网上信访案件共128件"],
    counts: ["信访案件总数"],
    notCounts: ["初访、重复访等分项"],
    method: "寻找“信访 … N 件”，取总数。",
  },
  {
    id: "admin_litigation_cases",
    name: "行政诉讼案件数",
    short: "行政诉讼",
    unit: "件",
    unitsSeen: ["件", "起", "宗"],
    combine: "one",
    key: false,
    group: "governance",
    isPercent: false,
    definition: "以乡镇政府为被告的行政诉讼（应诉）案件数。",
    wording: ["未涉及行政案件（= 0）", "行政应诉案件2件"],
    counts: ["应诉案件数；“未涉及/未发生行政诉讼案件”记为0"],
    notCounts: ["代理的民事案件"],
    method: "寻找“行政诉讼/应诉/行政案件 N 件”；明确否定表述记为0。",
  },
];

const BY_ID = new Map(INDICATORS.map((d) => [d.id, d]));

export function indicatorDef(id: IndicatorId): IndicatorDef {
  const def = BY_ID.get(id);
  if (!def) throw new Error(`unknown indicator id: ${id}`);
  return def;
}

export const KEY_INDICATORS: readonly IndicatorDef[] = KEY_INDICATOR_IDS.map((id: KeyIndicatorId) =>
  indicatorDef(id),
);

// Guard: the catalogue covers every contract id exactly once, in contract order.
if (INDICATORS.length !== INDICATOR_IDS.length || INDICATORS.some((d, i) => d.id !== INDICATOR_IDS[i])) {
  throw new Error("indicator catalogue is out of step with INDICATOR_IDS");
}
