// 生成简报: one click builds the 16:9 briefing deck for a county and a year. The menu opens on the
// county and year the page shows (the data set's only county when no county is chosen), so the
// deck is about what the user is looking at; the sections can be left out one by one.
import { useMemo, useState } from "react";
import { countiesOf, scopeOf } from "../../derive";
import { DECK_SECTIONS, exportDeck, type DeckSection } from "../../export";
import { selectDataset, selectReports, selectRoster, selectYear, useDash } from "../../store";
import { selectExportCounty } from "./ChartExportMenu";
import { ExportMenu } from "./ExportMenu";

/** The year a deck opens on: the page's year if the county has it, else its latest before it. */
export function deckYear(years: readonly number[], onScreen: number | null): number | null {
  if (onScreen !== null && years.includes(onScreen)) return onScreen;
  const before = onScreen === null ? [] : years.filter((y) => y <= onScreen);
  return before.at(-1) ?? years.at(-1) ?? null;
}

export function BriefingButton() {
  const reports = useDash(selectReports);
  const fictional = useDash((s) => selectDataset(s)?.fictional ?? false);
  const current = useDash(selectExportCounty);
  const currentYear = useDash(selectYear);
  const roster = useDash(selectRoster);

  const counties = useMemo(() => {
    // Largest first: each county's reports counted once (a count inside the comparison read every
    // report some 2,000 times over for a province's 150 counties, in the header's first render).
    const size = new Map<string, number>();
    for (const r of reports) if (r.county !== null) size.set(r.county, (size.get(r.county) ?? 0) + 1);
    return [...countiesOf(reports)].sort((a, b) => (size.get(b) ?? 0) - (size.get(a) ?? 0));
  }, [reports]);
  // A choice made in the menu holds only while the page shows what it showed then.
  const shown = `${current}|${currentYear}`;
  const [picked, setPicked] = useState<{ county: string | null; year: number | null; for: string }>({
    county: null,
    year: null,
    for: shown,
  });
  const choice = picked.for === shown ? picked : { county: null, year: null, for: shown };
  const [off, setOff] = useState<ReadonlySet<DeckSection>>(new Set());

  const county = choice.county ?? current ?? counties[0] ?? null;
  const years = useMemo(() => (county ? scopeOf(reports, county).years : []), [reports, county]);
  const year =
    choice.year !== null && years.includes(choice.year) ? choice.year : deckYear(years, currentYear);
  const sections = DECK_SECTIONS.map((s) => s.id).filter((id) => !off.has(id));

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
                hint: `${sections.length}个部分：${DECK_SECTIONS.filter((s) => !off.has(s.id))
                  .map((s) => s.label)
                  .join("、")}`,
                run: () => exportDeck({ reports, county, year, fictional, sections, roster }),
              },
            ]
          : []
      }
    >
      <label className="xp-field">
        县（市、区）
        <select
          value={county ?? ""}
          onChange={(e) => setPicked({ county: e.target.value, year: choice.year, for: shown })}
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
          onChange={(e) => setPicked({ county, year: Number(e.target.value), for: shown })}
          data-testid="briefing-year"
        >
          {years.map((y) => (
            <option key={y} value={y}>
              {y}年
            </option>
          ))}
        </select>
      </label>
      <fieldset className="xp-sections" data-testid="briefing-sections">
        <legend>包含的部分</legend>
        {DECK_SECTIONS.map((s) => (
          <label key={s.id} className="xp-check">
            <input
              type="checkbox"
              checked={!off.has(s.id)}
              data-section={s.id}
              onChange={(e) => {
                const next = new Set(off);
                if (e.target.checked) next.delete(s.id);
                else next.add(s.id);
                setOff(next);
              }}
            />
            {s.label}
          </label>
        ))}
      </fieldset>
    </ExportMenu>
  );
}
