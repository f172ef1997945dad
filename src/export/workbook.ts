// The data workbook: the visible table plus the sheets a bureau needs to check and act on it —
// every figure with the sentence it came from and a review column, the shortcomings, the 缺项
// (催报) list, and a sheet saying where the data came from and when it was exported. Pure.
import { INDICATORS, shortcomingDef } from "../domain";
import { reportAt, shortcomingsOf, type Scope } from "../derive";
import { FICTIONAL_MARK, sourceLine } from "./caption";
import { zh } from "../text/zh";
import { chaseListOf, chaseYearText } from "./chaseList";
import { markFictional, sheetOf, APPROX_LABEL, DERIVED_LABEL, type Sheet, type SheetCell } from "./sheet";

export interface WorkbookContext {
  scope: Scope;
  /** The county the file names, or null for several. */
  county: string | null;
  datasetLabel: string;
  fictional: boolean;
  /** Export date, YYYY-MM-DD. */
  date: string;
  /**
   * A person's review of a figure (已核对/已更正/…), when review exists; the column is there
   * either way, so a reviewer can fill it in Excel.
   */
  reviewOf?: (reportId: string, indicator: string) => string | null;
}

export const REVIEW_COLUMN = "审核状态";

/** One row per stated figure: township, year, indicator, value, markers, source sentence, review. */
export function figuresSheet(ctx: WorkbookContext): Sheet {
  const rows: SheetCell[][] = [];
  for (const t of ctx.scope.townships) {
    for (const year of ctx.scope.years) {
      const report = reportAt(ctx.scope, t.key, year);
      if (!report) continue;
      for (const def of INDICATORS) {
        const o = report.indicators.find((x) => x.id === def.id);
        if (!o) continue;
        rows.push([
          t.label,
          year,
          def.name,
          o.value,
          o.unit || def.unit,
          APPROX_LABEL[o.approx],
          o.basis === "derived" ? DERIVED_LABEL : "写明",
          o.evidence.text.replace(/\s+/g, " ").trim(),
          ctx.reviewOf?.(report.id, def.id) ?? null,
        ]);
      }
    }
  }
  return sheetOf(
    "原文依据",
    ["乡镇", "年度", "指标", "数值", "单位", "约数", "来源", "原文句子", REVIEW_COLUMN],
    rows,
  );
}

/** Every shortcoming a report admits, in full, with the years its category recurs for the township. */
export function shortcomingsSheet(ctx: WorkbookContext): Sheet {
  const sc = shortcomingsOf(ctx.scope, null);
  const recurring = new Map(sc.recurring.map((r) => [`${r.township}|${r.category.id}`, r.years]));
  const rows: SheetCell[][] = [];
  for (const t of ctx.scope.townships) {
    for (const year of ctx.scope.years) {
      const report = reportAt(ctx.scope, t.key, year);
      for (const s of report?.shortcomings ?? []) {
        const years = recurring.get(`${t.key}|${s.category}`);
        rows.push([
          t.label,
          year,
          shortcomingDef(s.category).label,
          s.text.replace(/\s+/g, " ").trim(),
          years ? years.map((y) => `${y}年`).join("、") : null,
        ]);
      }
    }
  }
  return sheetOf("存在问题", ["乡镇", "年度", "问题类别", "原文", "反复出现的年度"], rows);
}

/** The 催报 list: one row per township and year with a gap. */
export function chaseSheet(scope: Scope, years?: readonly number[]): Sheet {
  const rows: SheetCell[][] = chaseListOf(scope, years).flatMap((e) =>
    e.years.map((y): SheetCell[] => [
      e.label,
      y.year,
      y.kind === "no_report" ? zh.status.no_report : "报告未写明",
      y.missing.map((d) => d.name).join("、"),
      `请补报：${chaseYearText(y).replace(/^\d+年：/, "")}`,
      e.gaps,
    ]),
  );
  return sheetOf(
    "缺项清单",
    ["乡镇", "年度", "情况", "缺少的关键指标", "需补报内容", "该乡镇缺项合计"],
    rows,
  );
}

/**
 * Why the table sheet (and the CSV) has no 未报送 rows: one row per report, so its figure columns
 * sum, count and pivot as reports; the township-years without a report are in 缺项清单.
 */
export const NO_REPORT_ROWS_NOTE =
  "“数据表”工作表和CSV文件每行为一份报告；未交报告的乡镇年度（看板数据表中的“未报送”行）不列为行，见“缺项清单”工作表（情况为“未报送”）";

/** Where the data came from, when it left the app, and what the marks mean. */
export function aboutSheet(ctx: WorkbookContext, withTable = false): Sheet {
  const rows: SheetCell[][] = [
    ["数据来源", sourceLine(ctx.date)],
    ["数据集", ctx.datasetLabel],
    ["县（市、区）", ctx.county ?? "全部县（市、区）"],
    ["年度", ctx.scope.years.length ? `${ctx.scope.years[0]}—${ctx.scope.years.at(-1)}年` : "无"],
    ["导出日期", ctx.date],
    ["约数", "“至少”：报告写“××余/多/以上”，数值为下限；“约”：报告写“约××/××左右”"],
    ["来源", "“写明”：报告直接写出；“推算”：看板由报告中的分项或计数推算"],
    ["空白单元格", "报告未写明该指标，不按0处理"],
    ...(withTable ? [["未报送", NO_REPORT_ROWS_NOTE]] : []),
    [REVIEW_COLUMN, "人工核对的结果（已核对、已更正等）；空白表示尚未核对"],
  ];
  if (ctx.fictional) rows.unshift([FICTIONAL_MARK, "本文件中的县、乡镇和数字均为虚构，仅供演示"]);
  return sheetOf("说明", ["项目", "内容"], rows);
}

/** The extra sheets after the visible table, each marked when the data set is fictional. */
export function workbookSheets(ctx: WorkbookContext): Sheet[] {
  const mark = (s: Sheet) => markFictional(s, ctx.fictional);
  return [
    mark(figuresSheet(ctx)),
    mark(shortcomingsSheet(ctx)),
    mark(chaseSheet(ctx.scope)),
    aboutSheet(ctx, true),
  ];
}
