// Every Chinese string of 校对 (review and correction) and of the "a person checked this" marks the
// other views, tooltips and exports show, in one place so the wording is the same everywhere.
import { formatNumber } from "../derive/format";
import type { FigureReview, ReviewState } from "../domain";

const STATE: Record<ReviewState, string> = {
  confirmed: "已核对",
  corrected: "人工校对",
  added: "人工补录",
  rejected: "已驳回",
};

/** "2026-01-02 10:00" from an ISO time, in the user's clock. */
export function reviewTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

export const reviewText = {
  state: STATE,
  /** The short mark a table cell, a chart label or an export carries. */
  mark: { confirmed: "✓", corrected: "✎", added: "✚", rejected: "✗" } as Record<ReviewState, string>,
  /** The XLSX companion column's header suffix and the table's summary column. */
  column: "核对",
  columnTitle: "人工核对的数字 / 全部数字（已核对、人工校对、人工补录、已驳回都算已核对）",
  notChecked: "未核对",
  /** "人工校对 · 张三 · 2026-01-02 10:00". */
  who: (r: Pick<FigureReview, "state" | "by" | "at">) => `${STATE[r.state]} · ${r.by} · ${reviewTime(r.at)}`,
  engineWas: (v: string) => `引擎读数：${v}`,
  stale: "原文已改动，找不到这次校对所依据的文字",
  /** The short flag beside a correction whose evidence text is gone (kept, not dropped). */
  staleTag: "依据已变",
  progress: (done: number, total: number) => `已核对 ${done}/${total}`,
  completenessNote: (checked: number, total: number) =>
    `带 ✓ 的单元格已人工核对（${checked}/${total}）；其余为引擎从原文读出的数字，尚未人工核对。`,
  completenessNone: "本数据集的数字均为引擎从原文读出，未经人工核对；导入本县报告后可在“校对”中逐项核对。",

  /** The 校对 view. */
  view: {
    title: "校对",
    reports: "工作区报告",
    noWorkspace: "工作区里还没有导入的报告。先用“导入报告”导入本县报告，再来校对。",
    pickReport: "从左侧选择一份报告开始校对。",
    figures: "提取的数字",
    shortcomings: "存在的不足",
    meta: "报告信息",
    township: "乡镇",
    county: "县（市、区）",
    year: "年度",
    saveMeta: "保存",
    unknown: "未识别",
    confirm: "确认",
    correct: "更正",
    reject: "驳回",
    save: "保存",
    cancel: "取消",
    undo: "撤销",
    undoLast: (what: string) => `撤销：${what}`,
    nothingToUndo: "没有可撤销的校对",
    addFromSelection: "把选中的文字添加为数字",
    addShortcoming: "把选中的文字添加为问题",
    selectHint: "在右侧原文中选中一段文字，可把它添加为引擎漏掉的数字或问题。",
    selection: (text: string) => `已选中：${text}`,
    indicator: "指标",
    value: "数值",
    remove: "删除",
    category: "类别",
    reviewerPrompt: "校对前请填写您的姓名（只需填写一次，记录在每条校对上）",
    reviewerLabel: "校对人",
    reviewerSave: "确定",
    reviewerChange: "更换",
    keys: "快捷键：J / K 下一个 / 上一个数字 · Enter 确认 · E 更正 · X 驳回 · N 下一份报告 · Ctrl+Z 撤销",
    engineValue: (v: string) => `引擎：${v}`,
    /** A field the text left empty, and what the file name says. */
    fileHint: (v: string) => `文件名中为“${v}”，填入`,
    invalidValue: "请输入一个数字",
    savedFailed: (reason: string) => `校对未能保存：${reason}`,
    reportText: "报告原文",
    alternative: "备选",
    hasAlternative: "另有一份",
    alternativeNote: (file: string) =>
      `备选：同一乡镇同年另有一份报告（${file}）是主报告，图表、排名、完整性用的是那一份。`,
    primaryNote: (files: string) =>
      `另有一份：同一乡镇同年还有 ${files}，作为备选保留；图表、排名、完整性用的是本报告。`,
    openOther: "打开另一份",
    makePrimary: "改用这一份为主报告",
    makeAlternativePrimary: "改用备选为主报告",
    swapFailed: (reason: string) => `未能调换：${reason}`,
    staleCount: (n: number) => `${n}条校对所依据的原文已找不到（仍保留，请核对）`,
    log: "校对记录",
    onlyWorkspace: "校对只针对导入工作区的本县报告；样本报告和示例县不能校对。",
    openWorkspace: "打开工作区",
  },
} as const;

/** The evidence panel's 人工校对 / 已核对 lines of a figure: who, when, and the engine's value. */
export function reviewFacts(review: FigureReview | undefined, unit: string): [string, string][] {
  if (!review) return [];
  const facts: [string, string][] = [[reviewText.column, reviewText.who(review)]];
  if (review.engineValue !== undefined)
    facts.push(["引擎读数", `${formatNumber(review.engineValue)}${unit}`]);
  if (review.stale) facts.push(["注意", reviewText.stale]);
  return facts;
}
