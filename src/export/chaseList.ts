// 催报清单: per township, which key indicators its reports do not state, in which years, and the
// years with no report at all — the list a clerk sends back to the townships. Pure; the XLSX and
// the printable page are both made from it, and it is the 缺项清单 sheet of the data workbook.
import { KEY_INDICATORS, type IndicatorDef } from "../domain";
import { hasFigure, reportAt, statusOf, type Scope } from "../derive";

export interface ChaseYear {
  year: number;
  /** no_report: the township sent nothing readable that year; absent: it did, without these. */
  kind: "no_report" | "absent";
  missing: IndicatorDef[];
}

export interface ChaseEntry {
  township: string;
  label: string;
  years: ChaseYear[];
  /** Township-year-indicator gaps in all: what the list is sorted by. */
  gaps: number;
}

/** Townships with at least one gap, most gaps first (then name order, as the scope lists them). */
export function chaseListOf(scope: Scope, years: readonly number[] = scope.years): ChaseEntry[] {
  const entries = scope.townships.map((t): ChaseEntry => {
    const ys = years.flatMap((year): ChaseYear[] => {
      const report = reportAt(scope, t.key, year);
      if (!report || report.error) return [{ year, kind: "no_report", missing: [...KEY_INDICATORS] }];
      const missing = KEY_INDICATORS.filter((d) => !hasFigure(statusOf(report, d.id)));
      return missing.length > 0 ? [{ year, kind: "absent", missing }] : [];
    });
    return {
      township: t.key,
      label: t.label,
      years: ys,
      gaps: ys.reduce((n, y) => n + y.missing.length, 0),
    };
  });
  return entries.filter((e) => e.gaps > 0).sort((a, b) => b.gaps - a.gaps);
}

/** "2023年：无报告" / "2024年：未写明 法律顾问覆盖率、行政复议数". */
export function chaseYearText(y: ChaseYear): string {
  return y.kind === "no_report"
    ? `${y.year}年：未收到报告`
    : `${y.year}年：未写明${y.missing.map((d) => d.short).join("、")}`;
}

/** "桃源镇缺3项（2023年未报送）" — the one-line summary the completeness view shows per township. */
export function chaseSummary(e: ChaseEntry): string {
  const noReport = e.years.filter((y) => y.kind === "no_report").map((y) => y.year);
  const absent = e.years.filter((y) => y.kind === "absent").reduce((n, y) => n + y.missing.length, 0);
  const parts: string[] = [];
  if (absent > 0) parts.push(`缺${absent}项`);
  if (noReport.length > 0) parts.push(`${noReport.join("、")}年未报送`);
  return `${e.label}${parts.join("，")}`;
}
