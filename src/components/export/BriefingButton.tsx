// 生成简报: one click builds the 16:9 briefing deck for a county and a year. The menu offers the
// county and year in view (or, when the dashboard shows every county, the one with most reports),
// so the button works from any view without the user setting filters first.
import { useMemo, useState } from "react";
import { countiesOf, scopeOf } from "../../derive";
import { exportDeck } from "../../export";
import { selectCounty, selectDataset, selectReports, selectYear, useDash } from "../../store";
import { ExportMenu } from "./ExportMenu";

export function BriefingButton() {
  const reports = useDash(selectReports);
  const fictional = useDash((s) => selectDataset(s)?.fictional ?? false);
  const current = useDash(selectCounty);
  const currentYear = useDash(selectYear);

  const counties = useMemo(() => {
    const all = countiesOf(reports);
    const size = (c: string) => reports.filter((r) => r.county === c).length;
    return [...all].sort((a, b) => size(b) - size(a));
  }, [reports]);
  const [picked, setPicked] = useState<{ county: string | null; year: number | null }>({
    county: null,
    year: null,
  });

  const county = picked.county ?? current ?? counties[0] ?? null;
  const years = useMemo(() => (county ? scopeOf(reports, county).years : []), [reports, county]);
  const year =
    picked.year !== null && years.includes(picked.year)
      ? picked.year
      : currentYear !== null && years.includes(currentYear)
        ? currentYear
        : (years.at(-1) ?? null);

  const ready = county !== null && year !== null;
  return (
    <ExportMenu
      label="生成简报"
      testId="briefing"
      disabled={!ready}
      title={ready ? "生成PPT简报（16:9）" : "没有可用于简报的县和年度"}
      choices={
        ready
          ? [
              {
                id: "pptx",
                label: `生成 ${county}${year}年简报`,
                hint: "封面、概览、关键指标排名与趋势、缺项、反复问题、附表",
                run: () => exportDeck({ reports, county, year, fictional }),
              },
            ]
          : []
      }
    >
      <label className="xp-field">
        县（市、区）
        <select
          value={county ?? ""}
          onChange={(e) => setPicked({ county: e.target.value, year: picked.year })}
          data-testid="briefing-county"
        >
          {counties.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      <label className="xp-field">
        年度
        <select
          value={year ?? ""}
          onChange={(e) => setPicked({ county, year: Number(e.target.value) })}
          data-testid="briefing-year"
        >
          {years.map((y) => (
            <option key={y} value={y}>
              {y}年
            </option>
          ))}
        </select>
      </label>
    </ExportMenu>
  );
}
