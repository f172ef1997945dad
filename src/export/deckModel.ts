// The briefing deck as data: which slides, in which order, with which texts, tables and charts.
// Pure, so the slide list is unit-tested without pptxgenjs; deckPptx.ts only lays it out.
import { INDICATORS, KEY_INDICATOR_IDS, type IndicatorDef, type ReportRecord } from "../domain";
import {
  completenessOf,
  formatFigure,
  hasFigure,
  observationOf,
  overviewOf,
  rankingOf,
  reportAt,
  scopeOf,
  shortcomingsOf,
  trendsOf,
  type FigureStatus,
  type RankingVM,
  type Scope,
  type TrendsVM,
} from "../derive";
import { zh } from "../text/zh";
import { FICTIONAL_MARK, sourceLine } from "./caption";
import { reviewLegend, withReviewMark } from "./reviewMarks";
import {
  completenessFinding,
  overviewFinding,
  rankingFinding,
  recurrenceFinding,
  trendFinding,
} from "./findings";

export interface DeckInput {
  /** Every report of the data set; the deck takes the county's. */
  reports: readonly ReportRecord[];
  county: string;
  year: number;
  fictional: boolean;
  /** Export date, YYYY-MM-DD. */
  date: string;
}

export type ChartSpec = { type: "ranking"; vm: RankingVM } | { type: "trend"; vm: TrendsVM };

export interface Tile {
  label: string;
  value: string;
  note: string;
}

export type DeckSlide =
  | { kind: "cover"; title: string; subtitle: string; note: string }
  | { kind: "overview"; title: string; finding: string; tiles: Tile[] }
  | { kind: "chart"; title: string; finding: string; chart: ChartSpec }
  | { kind: "table"; title: string; finding: string; header: string[]; rows: string[][]; colW: number[] };

export interface DeckModel {
  title: string;
  county: string;
  year: number;
  fictional: boolean;
  /** Footer of every slide but the cover. */
  source: string;
  slides: DeckSlide[];
}

/** Rows of a native table per slide: what fits under a title and a finding at 10 pt. */
export const TABLE_ROWS_PER_SLIDE = 10;
/** Indicator columns per appendix table: 15 indicators do not fit one 10-inch slide legibly. */
export const APPENDIX_COLUMNS_PER_SLIDE = 8;
/** Usable table width on a 10 × 5.625 in slide, inches. */
const TABLE_W = 9;

const STATUS_TEXT: Record<FigureStatus, string> = {
  stated: "",
  zero: "",
  absent: zh.status.absent,
  no_report: zh.status.no_report,
  unreadable: zh.status.unreadable,
};

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out.length > 0 ? out : [[]];
}

/** Splits a long table over slides; "（续）" on continuation slides so a reader knows. */
function tableSlides(
  title: string,
  finding: string,
  header: string[],
  rows: string[][],
  colW: number[],
): DeckSlide[] {
  const parts = chunk(rows, TABLE_ROWS_PER_SLIDE);
  return parts.map((part, i) => ({
    kind: "table",
    title: parts.length > 1 ? `${title}（${i + 1}/${parts.length}）` : title,
    finding: i === 0 ? finding : `${finding.replace(/。$/, "")}（续）。`,
    header,
    rows: part,
    colW,
  }));
}

/** Column widths: the first column fixed, the rest share what is left. */
function widths(first: number, n: number): number[] {
  return [first, ...Array.from({ length: n }, () => (TABLE_W - first) / n)];
}

function cellText(report: ReportRecord | undefined, def: IndicatorDef): string {
  const obs = observationOf(report, def.id);
  if (obs) return formatFigure(obs.value, def.unit, obs.approx);
  if (!report) return "—";
  return report.error ? zh.status.unreadable : "—";
}

function overviewSlide(scope: Scope, year: number): DeckSlide {
  const ov = overviewOf(scope, year);
  const keyTiles = ov.keyIndicators.map((t): Tile => {
    const unit = t.indicator.unit;
    return {
      label: t.indicator.short,
      value: t.spread ? `中位数 ${formatFigure(t.spread.median, unit)}` : "无数据",
      note: t.spread
        ? `${formatFigure(t.spread.min, unit)}～${formatFigure(t.spread.max, unit)} · ${t.stating}个乡镇写明`
        : "没有乡镇写明",
    };
  });
  return {
    kind: "overview",
    title: `${year}年概览`,
    finding: overviewFinding(ov),
    tiles: [
      {
        label: zh.overview.received,
        value: zh.overview.receivedOf(ov.received, ov.known),
        note: "收到报告的乡镇 / 已知乡镇",
      },
      ...keyTiles,
      {
        label: zh.overview.missingKey,
        value: `${ov.missingKeyWithReport}个乡镇`,
        note: "报告未写明至少一项关键指标",
      },
      {
        label: zh.overview.recurring,
        value: `${ov.recurringPairs}项`,
        note: `涉及${ov.recurringTownships}个乡镇`,
      },
    ],
  };
}

/** Per key indicator: this year's ranking, then the trend from the first year in scope. */
function indicatorSlides(scope: Scope, year: number): DeckSlide[] {
  const years: [number, number] = [scope.years[0] ?? year, year];
  return KEY_INDICATOR_IDS.flatMap((id): DeckSlide[] => {
    const ranking = rankingOf(scope, id, year);
    const trend = trendsOf(scope, {
      indicator: id,
      townships: null,
      years,
      mode: "absolute",
      highlight: null,
    });
    return [
      {
        kind: "chart",
        title: zh.ranking.title(ranking.indicator.short, year),
        finding: rankingFinding(ranking),
        chart: { type: "ranking", vm: ranking },
      },
      {
        kind: "chart",
        title: zh.trends.title(trend.indicator.short),
        finding: trendFinding(trend),
        chart: { type: "trend", vm: trend },
      },
    ];
  });
}

/** Townships missing key indicators: only those with a gap, each gap named. */
function missingSlides(scope: Scope, year: number): DeckSlide[] {
  const comp = completenessOf(scope, year);
  const rows = comp.byIndicator
    .map((cells, i) => ({ label: comp.townships[i]?.label ?? "", cells }))
    .filter((r) => r.cells.some((c) => !hasFigure(c.status)))
    .map((r) => [
      r.label,
      ...r.cells.map(
        (c, j) =>
          STATUS_TEXT[c.status] ||
          cellText(reportAt(scope, c.township, year), comp.indicators[j] as IndicatorDef),
      ),
    ]);
  return tableSlides(
    `${year}年缺少关键指标的乡镇`,
    completenessFinding(comp),
    ["乡镇", ...comp.indicators.map((d) => d.short)],
    rows.length > 0 ? rows : [["（无）", ...comp.indicators.map(() => "")]],
    widths(2.2, comp.indicators.length),
  );
}

/** Shortcomings admitted in two or more years up to this one, as a native (editable) table. */
function recurringSlides(scope: Scope, year: number): DeckSlide[] {
  const sc = shortcomingsOf(scope, year);
  const rows = sc.recurring.map((r) => [
    r.label,
    r.category.label,
    yearList(r.years),
    excerpt(r.items.at(-1)?.text ?? ""),
  ]);
  return tableSlides(
    "反复出现的问题（两年及以上）",
    recurrenceFinding(sc),
    ["乡镇", "问题类别", "出现年度", "最近一次的原文"],
    rows.length > 0 ? rows : [["（无）", "", "", ""]],
    [1.5, 1.7, 2.0, 3.8],
  );
}

/** Every figure of the year: indicators split over column groups, townships over slides. */
function appendixSlides(scope: Scope, year: number): DeckSlide[] {
  const groups = chunk(INDICATORS, APPENDIX_COLUMNS_PER_SLIDE);
  return groups.flatMap((defs, g) => {
    const observed = scope.townships.flatMap((t) =>
      defs.map((d) => observationOf(reportAt(scope, t.key, year), d.id)),
    );
    const rows = scope.townships.map((t) => {
      const report = reportAt(scope, t.key, year);
      return [t.label, ...defs.map((d) => withReviewMark(cellText(report, d), observationOf(report, d.id)))];
    });
    return tableSlides(
      `${groups.length > 1 ? `附表${g + 1}` : "附表"}：${year}年各乡镇全部指标`,
      `“—”表示报告未写明或该乡镇本年度无报告，不按0处理；“余”“约”为报告原文的约数。${reviewLegend(observed)}`,
      ["乡镇", ...defs.map((d) => d.short)],
      rows,
      widths(1.6, defs.length),
    );
  });
}

export function buildDeckModel(input: DeckInput): DeckModel {
  const { county, year, date, fictional } = input;
  const scope = scopeOf(input.reports, county);
  const title = `${county}${year}年法治政府建设情况简报`;
  const cover: DeckSlide = {
    kind: "cover",
    title,
    subtitle: `依据${scope.townships.length}个乡镇的法治政府建设情况报告自动提取`,
    note: `${date}导出${fictional ? ` · ${FICTIONAL_MARK}` : ""}`,
  };
  const slides = [
    cover,
    overviewSlide(scope, year),
    ...indicatorSlides(scope, year),
    ...missingSlides(scope, year),
    ...recurringSlides(scope, year),
    ...appendixSlides(scope, year),
  ];
  return { title, county, year, fictional, source: sourceLine(date), slides };
}

/** Years as a reader writes them: runs of three or more collapse (2021—2024、2026). */
export function yearList(years: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < years.length;) {
    let j = i;
    while (j + 1 < years.length && years[j + 1] === (years[j] as number) + 1) j++;
    if (j - i >= 2) parts.push(`${years[i]}—${years[j]}`);
    else for (let k = i; k <= j; k++) parts.push(String(years[k]));
    i = j + 1;
  }
  return parts.join("、");
}

/** A shortcoming's text cut to what one table cell holds. */
export function excerpt(text: string, max = 24): string {
  const t = text.replace(/\s+/g, "");
  return [...t].length > max ? `${[...t].slice(0, max - 1).join("")}…` : t;
}
