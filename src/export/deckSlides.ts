// The slides of each deck section, from the same view models the dashboard draws. Pure.
import {
  INDICATORS,
  KEY_INDICATOR_IDS,
  shortcomingDef,
  type IndicatorDef,
  type ReportRecord,
} from "../domain";
import {
  completenessOf,
  formatFigure,
  hasFigure,
  namesOf,
  NO_REPORT_LABEL,
  headlinesOf,
  keyTrendsOf,
  observationOf,
  rankingOf,
  reportAt,
  shortcomingsOf,
  type OverviewVM,
  type RankingVM,
  type Scope,
} from "../derive";
import { zh } from "../text/zh";
import { missingNote } from "./caption";
import { reviewLegend, withReviewMark } from "./reviewMarks";
import { DECK_MAX_BARS, deckRanking } from "./deckCharts";
import {
  CONTENT_BOTTOM,
  CONTENT_W,
  contentTop,
  linesHeight,
  linesOf,
  paginate,
  PT,
  rowHeight,
} from "./deckLayout";
import type { DeckSlide, Quote, Tile, Tone } from "./deckModel";
import {
  completenessFinding,
  keyTrendsFinding,
  overviewFinding,
  rankingFinding,
  recurrenceFinding,
} from "./findings";

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

function cellText(report: ReportRecord | undefined, def: IndicatorDef): string {
  const obs = observationOf(report, def.id);
  if (obs) return formatFigure(obs.value, def.unit, obs.approx);
  if (!report) return NO_REPORT_LABEL;
  return report.error ? zh.status.unreadable : "—";
}

/** Column widths: the first column fixed, the rest share what is left. */
function widths(first: number, n: number): number[] {
  return [first, ...Array.from({ length: n }, () => (CONTENT_W - first) / n)];
}

/** A table over as many slides as its rows need, split evenly; "（续）" on continuation slides. */
function tableSlides(
  title: string,
  finding: string,
  header: string[],
  rows: string[][],
  colW: number[],
  tones?: Tone[][],
): DeckSlide[] {
  const budget = CONTENT_BOTTOM - contentTop(finding) - rowHeight(header, colW, PT.table);
  const indexed = rows.map((r, i) => ({ r, t: tones?.[i] }));
  const pages = paginate(indexed, (x) => rowHeight(x.r, colW, PT.table), budget);
  return pages.map((page, i) => ({
    kind: "table",
    title: pages.length > 1 ? `${title}（${i + 1}/${pages.length}）` : title,
    finding,
    header,
    rows: page.map((x) => x.r),
    ...(tones ? { tones: page.map((x) => x.t ?? []) } : {}),
    colW,
  }));
}

export function overviewSlide(ov: OverviewVM): DeckSlide {
  const headlines: Tile[] = headlinesOf(ov).map((h) => ({ ...h }));
  const tiles = ov.keyIndicators.map((t): Tile => {
    const unit = t.indicator.unit;
    const sp = t.spread;
    const range =
      sp && sp.n > 1
        ? sp.min === sp.max
          ? `均为${formatFigure(sp.max, unit)}，`
          : `${formatFigure(sp.min, unit)}～${formatFigure(sp.max, unit)}，`
        : "";
    return {
      label: `★ ${t.indicator.short}`,
      value: sp ? formatFigure(sp.median, unit) : "无数据",
      note: !sp
        ? "没有乡镇写明"
        : sp.n === 1
          ? `仅${t.max?.township ?? "1个乡镇"}写明`
          : `中位数；${range}${t.stating}个乡镇写明`,
    };
  });
  return { kind: "overview", title: `${ov.year}年概览`, finding: overviewFinding(ov), headlines, tiles };
}

/** Fewer table rows than this make a near-empty slide: said in sentences, or left to a slide that says it. */
const MIN_TABLE_ROWS = 3;

/** A ranking is worth a chart when it separates townships: three or more bars, not all equal. */
export function rankingSaysSomething(vm: RankingVM): boolean {
  if (vm.bars.length < 3) return false;
  const first = vm.bars[0]?.value;
  return vm.bars.some((b) => b.value !== first);
}

/**
 * Per key indicator this year: a ranking chart where it tells something. The others are said in
 * a sentence — on a slide of their own only when no chart and no overview tile says it already
 * (a slide with one sentence after three charts would be a near-empty slide).
 */
export function indicatorSlides(scope: Scope, year: number, withOverview: boolean): DeckSlide[] {
  const rankings = KEY_INDICATOR_IDS.map((id) => rankingOf(scope, id, year));
  const charts = rankings.filter(rankingSaysSomething).map((vm): DeckSlide => {
    const shown = deckRanking(vm);
    const cut = vm.bars.length - shown.bars.length;
    const half = DECK_MAX_BARS / 2;
    const notes = [
      cut > 0 ? `图中为最高和最低各${half}个乡镇，其余${cut}个见附表` : "",
      missingNote(vm.missing),
    ];
    return {
      kind: "chart",
      title: zh.ranking.title(vm.indicator.short, year),
      finding: rankingFinding(vm),
      chart: { type: "ranking", vm: shown },
      note: notes.filter(Boolean).join("；"),
    };
  });
  const plain = rankings.filter((vm) => !rankingSaysSomething(vm));
  if (plain.length === 0 || (charts.length > 0 && withOverview)) return charts;
  const statement: DeckSlide = {
    kind: "statement",
    title: charts.length > 0 ? `${year}年其他关键指标` : `${year}年关键指标`,
    finding:
      charts.length > 0
        ? `以下${plain.length}项关键指标各乡镇之间没有差别或写明的乡镇太少，不作排名图。`
        : "写明关键指标的乡镇太少或各乡镇之间没有差别，不作排名图。",
    points: plain.map((vm) => `${vm.indicator.short}：${rankingFinding(vm)}`),
  };
  return [...charts, statement];
}

/** The key indicators' yearly medians as small multiples; nothing when there is one year. */
export function trendSlides(scope: Scope, year: number): DeckSlide[] {
  const vm = keyTrendsOf(scope, year);
  if (vm.years.length < 2) return [];
  return [
    {
      kind: "chart",
      title: `关键指标历年中位数（${vm.years[0]}—${vm.years.at(-1)}年）`,
      finding: keyTrendsFinding(vm),
      chart: { type: "keyTrends", vm },
      note: "中位数由写明该指标的乡镇计算，未写明的不计入；橙色点为本年度。",
    },
  ];
}

/**
 * Whether the key-indicator section says every township's figure in sentences (no ranking is
 * worth a chart: one or two townships, or all equal): then a table of who misses what, or of every
 * figure, would repeat it on a near-empty slide.
 */
export function indicatorsInSentences(scope: Scope, year: number): boolean {
  return (
    scope.townships.length < MIN_TABLE_ROWS &&
    !KEY_INDICATOR_IDS.some((id) => rankingSaysSomething(rankingOf(scope, id, year)))
  );
}

/**
 * Townships missing key indicators, most gaps first; what is missing is the loudest cell. Nothing
 * when `saidAlready` (the key-indicator sentences name who misses what); a sentence per township
 * when a table would have one or two rows.
 */
export function missingSlides(scope: Scope, year: number, ov: OverviewVM, saidAlready = false): DeckSlide[] {
  const comp = completenessOf(scope, year);
  const rows = comp.byIndicator
    .map((cells, i) => ({ label: comp.townships[i]?.label ?? "", cells }))
    .filter((r) => r.cells.some((c) => !hasFigure(c.status)))
    .map((r) => ({ ...r, gaps: r.cells.filter((c) => !hasFigure(c.status)).length }))
    .sort((a, b) => b.gaps - a.gaps);
  if (rows.length === 0) {
    return [
      {
        kind: "statement",
        title: `${year}年关键指标写明情况`,
        finding: completenessFinding(comp),
        points: [`${comp.townships.length}个乡镇的报告均写明全部${comp.indicators.length}项关键指标。`],
      },
    ];
  }
  if (saidAlready) return [];
  if (rows.length < MIN_TABLE_ROWS) {
    return [
      {
        kind: "statement",
        title: `${year}年缺少关键指标的乡镇：${ov.missingKey}个`,
        finding: completenessFinding(comp),
        points: rows.map((r) => {
          const none = r.cells.every((c) => c.status === "no_report" || c.status === "unreadable");
          const gaps = r.cells.flatMap((c, j) => (hasFigure(c.status) ? [] : [comp.indicators[j]?.short]));
          return none
            ? `${r.label}：${zh.status[r.cells[0]?.status ?? "no_report"]}`
            : `${r.label}：未写明${gaps.join("、")}`;
        }),
      },
    ];
  }
  const text = rows.map((r) => [
    r.label,
    ...r.cells.map((c, j) =>
      hasFigure(c.status)
        ? cellText(reportAt(scope, c.township, year), comp.indicators[j] as IndicatorDef)
        : c.status === "absent"
          ? "✗ 未写明"
          : `✗ ${zh.status[c.status]}`,
    ),
  ]);
  const tones = rows.map((r): Tone[] => [
    null,
    ...r.cells.map((c) => (hasFigure(c.status) ? "muted" : "alert")),
  ]);
  return tableSlides(
    `${year}年缺少关键指标的乡镇：${ov.missingKey}个`,
    completenessFinding(comp),
    ["乡镇", ...comp.indicators.map((d) => d.short)],
    text,
    widths(1.8, comp.indicators.length),
    tones,
  );
}

/** Recurring shortcomings by category, then the longest-running few quoted in full. */
export function problemSlides(scope: Scope, year: number): DeckSlide[] {
  const sc = shortcomingsOf(scope, year);
  const finding = recurrenceFinding(sc);
  if (sc.recurring.length === 0) {
    // Nothing recurs (yet): this year's problems, quoted in full as far as one slide holds them.
    const items = scope.townships.flatMap((t) =>
      (reportAt(scope, t.key, year)?.shortcomings ?? []).map((x): Quote => ({
        head: `${t.label} · ${shortcomingDef(x.category).label}`,
        text: quoteText(x.text),
      })),
    );
    const lead = `${finding.replace(/。$/, "")}；以下为${year}年报告中的问题原文，全部问题见数据表导出的“存在问题”工作表。`;
    const quotes = fitQuotes(items, lead);
    return quotes.length
      ? [{ kind: "quotes", title: `${year}年报告中的问题（原文）`, finding: lead, quotes }]
      : [];
  }
  const byCat = sc.categories
    .map((c) => ({ c, entries: sc.recurring.filter((r) => r.category.id === c.id) }))
    .filter((x) => x.entries.length > 0)
    .sort((a, b) => b.entries.length - a.entries.length);
  // Longest-running first within a category; the full list is in the workbook's 存在问题 sheet.
  const rows = byCat.map((x) => {
    const longest = [...x.entries].sort((a, b) => b.years.length - a.years.length);
    const most = longest[0]?.years.length ?? 0;
    return [x.c.label, `${x.entries.length}`, `${most}年`, namesOf(longest.map((e) => e.label))];
  });
  const table = tableSlides(
    "反复出现的问题（按类别）",
    finding,
    ["问题类别", "涉及乡镇", "最长出现", "乡镇"],
    rows,
    [2.4, 1.2, 1.2, 4.2],
  );
  return [...table, ...quoteSlides(sc.recurring)];
}

/** The recurring problems that ran longest, quoted in full, as many as fit one slide (at most 5). */
function quoteSlides(recurring: ReturnType<typeof shortcomingsOf>["recurring"]): DeckSlide[] {
  const ranked = [...recurring].sort(
    (a, b) => b.years.length - a.years.length || (b.years.at(-1) ?? 0) - (a.years.at(-1) ?? 0),
  );
  const finding =
    "以下为反复出现年数最多的问题在最近一次报告中的原文；全部问题原文见数据表导出的“存在问题”工作表。";
  const quotes = fitQuotes(
    ranked.flatMap((r): Quote[] => {
      const last = r.items.at(-1);
      return last
        ? [{ head: `${r.label} · ${r.category.label} · ${yearList(r.years)}年`, text: quoteText(last.text) }]
        : [];
    }),
    finding,
  );
  return quotes.length ? [{ kind: "quotes", title: "反复出现最久的问题（原文）", finding, quotes }] : [];
}

const quoteText = (t: string): string => `“${t.replace(/\s+/g, "")}”`;

/** As many whole quotes as fit under the finding (at most 5); a quote is never cut. */
function fitQuotes(all: readonly Quote[], finding: string): Quote[] {
  const budget = CONTENT_BOTTOM - contentTop(finding);
  const out: Quote[] = [];
  let used = 0;
  for (const q of all) {
    const h = quoteHeight(q);
    if (out.length >= 5 || (out.length > 0 && used + h > budget)) break;
    out.push(q);
    used += h;
  }
  return out;
}

/** Height of a quote block: its head line and its full text at body size, plus a gap. */
export function quoteHeight(q: Quote): number {
  return (
    linesHeight(linesOf(q.head, CONTENT_W, PT.bodyMin), PT.bodyMin) +
    linesHeight(linesOf(q.text, CONTENT_W - 0.3, PT.bodyMin), PT.bodyMin) +
    0.18
  );
}

/**
 * Every township's key indicators this year, rows split evenly. The other indicators (up to 15
 * columns) would need several slides of small print; they are in the data workbook instead.
 */
export function appendixSlides(scope: Scope, year: number, saidAlready = false): DeckSlide[] {
  const defs = KEY_INDICATOR_IDS.map((id) => INDICATORS.find((d) => d.id === id) as IndicatorDef);
  const rows = scope.townships.map((t) => {
    const report = reportAt(scope, t.key, year);
    return [
      t.label,
      ...defs.map((d) => withReviewMark(cellText(report, d), observationOf(report, d.id))),
      report ? String(report.shortcomings.length) : "—",
    ];
  });
  const observed = scope.townships.flatMap((t) =>
    defs.map((d) => observationOf(reportAt(scope, t.key, year), d.id)),
  );
  // One or two townships whose every figure the key-indicator sentences give: the table adds
  // something only when it carries what a person checked in 校对 (✓ ✎).
  const legend = reviewLegend(observed);
  if (saidAlready && legend === "") return [];
  return tableSlides(
    `附表：${year}年各乡镇关键指标`,
    `“—”表示报告未写明，不按0处理；“约”“余”为报告原文的约数；全部指标见数据表导出。${legend}`,
    ["乡镇", ...defs.map((d) => d.short), "问题条数"],
    rows,
    widths(1.8, defs.length + 1),
  );
}
