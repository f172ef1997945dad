// Shared filter controls wired to the store: indicator, focus year. Each reads and writes through
// the store so the URL follows.
import { INDICATOR_GROUPS, INDICATORS, type IndicatorId } from "../domain";
import { selectYear, selectYears, useDash } from "../store";
import { zh } from "../text/zh";

export function IndicatorSelect({ keyOnly = false }: { keyOnly?: boolean }) {
  const indicator = useDash((s) => s.indicator);
  const indicatorChosen = useDash((s) => s.indicatorChosen);
  const groups = Object.entries(INDICATOR_GROUPS) as [keyof typeof INDICATOR_GROUPS, string][];
  return (
    <label className="control">
      <span>{zh.indicatorLabel}</span>
      <select
        data-testid="indicator-select"
        value={indicator}
        onChange={(e) => indicatorChosen(e.target.value as IndicatorId)}
      >
        {groups.map(([g, name]) => (
          <optgroup key={g} label={name}>
            {INDICATORS.filter((d) => d.group === g && (!keyOnly || d.key)).map((d) => (
              <option key={d.id} value={d.id}>
                {d.key ? "★ " : ""}
                {d.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}

export function YearSelect() {
  const years = useDash(selectYears);
  const year = useDash(selectYear);
  const yearChosen = useDash((s) => s.yearChosen);
  if (years.length === 0) return null;
  return (
    <label className="control">
      <span>{zh.yearLabel}</span>
      <select
        data-testid="year-select"
        value={year ?? ""}
        onChange={(e) => yearChosen(Number(e.target.value))}
      >
        {[...years].reverse().map((y) => (
          <option key={y} value={y}>
            {y}年
          </option>
        ))}
      </select>
    </label>
  );
}
