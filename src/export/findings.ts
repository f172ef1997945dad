// One sentence of findings per slide, computed from the same view models the dashboard draws, so
// a sentence never disagrees with the chart beside it. Pure: view model in, Chinese sentence out.
// Wording is plain 公文 style: counts first, then the median, then who is highest and lowest.
import type {
  CompletenessVM,
  KeyTrendsVM,
  OverviewVM,
  RankBar,
  RankingVM,
  ShortcomingsVM,
  TrendsVM,
} from "../derive";
import { formatChange, formatFigure, namesOf, NO_REPORT_LABEL } from "../derive";
import { zh } from "../text/zh";

export { namesOf };

/** The highest or lowest township(s) with the figure; bars are sorted highest first. */
function extreme(bars: readonly RankBar[], pick: "max" | "min", unit: string): string {
  const target = pick === "max" ? bars[0]?.value : bars.at(-1)?.value;
  const tied = bars.filter((b) => b.value === target);
  const first = tied[0] as RankBar;
  // A tie shares the value; the first bar's marker (余/约) stands for the group.
  return `${namesOf(tied.map((b) => b.label))}（${formatFigure(first.value, unit, first.approx)}）`;
}

/**
 * Townships without a readable report, in the words the table, 完整性 and the overview use
 * (zh.status: 未报送, 报告无法读取): "2个未报送、1个报告无法读取"; "" when there are none.
 */
export function noReportCounts(statuses: readonly string[]): string {
  const none = statuses.filter((s) => s === "no_report").length;
  const bad = statuses.filter((s) => s === "unreadable").length;
  return [none > 0 ? `${none}个${NO_REPORT_LABEL}` : "", bad > 0 ? `${bad}个${zh.status.unreadable}` : ""]
    .filter(Boolean)
    .join("、");
}

/**
 * "12个乡镇中有3个未写明法律顾问覆盖率（其中1个未报送）；已写明的9个乡镇中位数为95%，
 * 最高为甲镇（100%），最低为乙镇（60%）。"
 */
export function rankingFinding(vm: RankingVM): string {
  const { indicator, bars, missing } = vm;
  const total = bars.length + missing.length;
  const name = indicator.short;
  if (total === 0) return `${vm.year}年没有乡镇数据。`;
  const counts = noReportCounts(missing.map((m) => m.status));
  const aside = counts ? `（其中${counts}）` : "";
  if (bars.length === 0) {
    const one = missing[0];
    if (total === 1 && one)
      return one.status === "absent"
        ? `${one.label}的报告未写明${name}。`
        : `${one.label}${vm.year}年${zh.status[one.status]}。`;
    return `${total}个乡镇均未写明${name}${aside}。`;
  }

  const head =
    missing.length === 0
      ? `${total}个乡镇均写明了${name}`
      : `${total}个乡镇中有${missing.length}个未写明${name}${aside}`;
  if (total === 1 && bars.length === 1) {
    const only = bars[0] as RankBar;
    return `本县仅有${only.label}一个乡镇的数据，${name}为${formatFigure(only.value, indicator.unit, only.approx)}。`;
  }
  if (bars.length === 1) {
    const only = bars[0] as RankBar;
    return `${head}；仅${only.label}写明，为${formatFigure(only.value, indicator.unit, only.approx)}。`;
  }
  const stated = missing.length === 0 ? "" : `已写明的${bars.length}个乡镇`;
  const med = `${stated}中位数为${formatFigure(vm.median ?? 0, indicator.unit)}`;
  const first = bars[0] as RankBar;
  const last = bars.at(-1) as RankBar;
  if (first.value === last.value) {
    return `${head}；${stated || "各乡镇"}均为${formatFigure(first.value, indicator.unit, first.approx)}。`;
  }
  return `${head}；${med}，最高为${extreme(bars, "max", indicator.unit)}，最低为${extreme(bars, "min", indicator.unit)}。`;
}

/**
 * "2021—2024年，写明调处纠纷数的乡镇由3个变为4个；全县中位数由30起升至50起（+20起）。"
 */
export function trendFinding(vm: TrendsVM): string {
  const { years, indicator } = vm;
  const name = indicator.short;
  if (years.length === 0) return "没有可比较的年度。";
  const stating = years.map((_, i) => vm.series.filter((s) => s.points[i]?.raw != null).length);
  const firstY = years[0] as number;
  const lastY = years.at(-1) as number;
  if (years.length === 1) {
    return `仅有${firstY}年一个年度的数据，${stating[0]}个乡镇写明${name}，尚无法比较变化。`;
  }
  const span = `${firstY}—${lastY}年`;
  const a = stating[0] as number;
  const b = stating.at(-1) as number;
  const countPart =
    a === b ? `每年写明${name}的乡镇均为${a}个` : `写明${name}的乡镇由${a}个${b > a ? "增至" : "减至"}${b}个`;
  // The median of the first and the last year that have one; gaps are not read as 0.
  const medians = years
    .map((y, i) => ({ y, m: vm.median[i] ?? null }))
    .filter((x): x is { y: number; m: number } => x.m !== null);
  if (medians.length < 2) return `${span}，${countPart}；可比较的中位数不足两个年度。`;
  const from = medians[0] as { y: number; m: number };
  const to = medians.at(-1) as { y: number; m: number };
  const unit = indicator.unit;
  const spanM = from.y === firstY && to.y === lastY ? "全县中位数" : `${from.y}—${to.y}年全县中位数`;
  const delta = to.m - from.m;
  const verb =
    Math.abs(delta) < 0.05
      ? `保持在${formatFigure(to.m, unit)}`
      : `由${formatFigure(from.m, unit)}${delta > 0 ? "升至" : "降至"}${formatFigure(to.m, unit)}（${formatChange(delta, unit)}）`;
  return `${span}，${countPart}；${spanM}${verb}。`;
}

/** "12个乡镇中，8个写明全部4项关键指标，3个缺少至少一项，1个未报送。" */
export function completenessFinding(vm: CompletenessVM): string {
  const rows = vm.byIndicator;
  const total = rows.length;
  if (total === 0) return `${vm.year}年没有乡镇数据。`;
  const without = rows.filter((r) => r.every((c) => c.status === "no_report" || c.status === "unreadable"));
  const noReport = without.length;
  const complete = rows.filter((r) => r.every((c) => c.status === "stated" || c.status === "zero")).length;
  const partial = total - noReport - complete;
  const k = vm.indicators.length;
  const parts = [`${complete}个写明全部${k}项关键指标`];
  if (partial > 0) parts.push(`${partial}个缺少至少一项`);
  if (noReport > 0) parts.push(noReportCounts(without.map((r) => r[0]?.status ?? "no_report")));
  // The indicator most often absent, so the committee knows what to ask townships for.
  const absentBy = vm.indicators.map((d, j) => ({
    d,
    n: rows.filter((r) => r[j]?.status === "absent").length,
  }));
  const worst = absentBy.reduce((m, x) => (x.n > m.n ? x : m), { d: vm.indicators[0], n: 0 });
  const tail = worst.n > 0 && worst.d ? `；最常缺少的是${worst.d.short}（${worst.n}个乡镇未写明）` : "";
  return `${total}个乡镇中，${parts.join("，")}${tail}。`;
}

/** "4个乡镇的5项问题在两年及以上的报告中反复出现，最多的是“普法形式单一”（3个乡镇）。" */
export function recurrenceFinding(vm: ShortcomingsVM): string {
  const rec = vm.recurring;
  if (rec.length === 0) {
    return vm.years.length < 2
      ? "只有一个年度的报告，尚无法判断问题是否反复出现。"
      : "没有在两年及以上反复出现的问题。";
  }
  const townships = new Set(rec.map((r) => r.township)).size;
  const byCat = new Map<string, number>();
  for (const r of rec) byCat.set(r.category.label, (byCat.get(r.category.label) ?? 0) + 1);
  const [topLabel, topN] = [...byCat.entries()].reduce((m, x) => (x[1] > m[1] ? x : m));
  return `${townships}个乡镇的${rec.length}项问题在两年及以上的报告中反复出现，最多的是“${topLabel}”（${topN}个乡镇）。`;
}

/** The overview slide's lead sentence. */
export function overviewFinding(vm: OverviewVM): string {
  const parts = [`${vm.year}年收到${vm.received}个乡镇的报告（已知乡镇${vm.known}个）`];
  // The same count as the overview's 缺少关键指标 tile (headlinesOf): a township without a report
  // lacks its key indicators too.
  if (vm.missingKey > 0) {
    const aside = vm.noReport > 0 ? `（其中${vm.noReport}个未报送）` : "";
    parts.push(`${vm.missingKey}个乡镇缺少至少一项关键指标${aside}`);
  }
  if (vm.recurringPairs > 0) parts.push(`${vm.recurringTownships}个乡镇有反复出现的问题`);
  return `${parts.join("；")}。`;
}

/** "2021—2024年，全县中位数：调处纠纷数由30起升至50起；法律顾问覆盖率保持在100%。" */
export function keyTrendsFinding(vm: KeyTrendsVM): string {
  const first = vm.years[0];
  const last = vm.years.at(-1);
  const parts = vm.panels.flatMap((p) => {
    const ms = p.points.filter((x): x is typeof x & { median: number } => x.median !== null);
    const a = ms[0];
    const b = ms.at(-1);
    if (!a || !b || a === b) return [];
    const unit = p.indicator.unit;
    const d = b.median - a.median;
    return Math.abs(d) < 0.05
      ? [`${p.indicator.short}保持在${formatFigure(b.median, unit)}`]
      : [
          `${p.indicator.short}由${formatFigure(a.median, unit)}${d > 0 ? "升至" : "降至"}${formatFigure(b.median, unit)}`,
        ];
  });
  if (parts.length === 0) return `${first}—${last}年可比较的中位数不足两个年度。`;
  return `${first}—${last}年，${vm.oneCounty ? "全县" : ""}中位数：${parts.join("；")}。`;
}
