// 区县对比: a data set spanning many counties, compared a county at a time before drilling down
// (province → prefecture → county → its townships in 排名). A plain table: a province's 150-odd
// rows read better as text with shaded shares than as a chart, and cost no chart code.
import { useMemo, useState } from "react";
import { IndicatorSelect, YearSelect } from "../../components";
import { formatNumber, type LevelRow } from "../../derive";
import { KEY_INDICATORS, type KeyIndicatorId } from "../../domain";
import { selectCounty, selectLevels, useDash } from "../../store";
import { zh } from "../../text/zh";
import { levelsText as t } from "./text";
import "./levels.css";

type SortKey = "place" | "median" | "reporting" | KeyIndicatorId;

const pct = (x: number) => `${Math.round(x * 100)}%`;

function sorted(rows: readonly LevelRow[], key: SortKey): readonly LevelRow[] {
  if (key === "place") return rows;
  // Sorted by a figure the prefecture rows would interleave with their counties: counties only.
  const value = (r: LevelRow) =>
    key === "median"
      ? (r.median ?? -Infinity)
      : key === "reporting"
        ? r.reporting / Math.max(1, r.townships)
        : r.keyShare[key];
  return rows.filter((r) => r.kind === "county").sort((a, b) => value(b) - value(a));
}

export function LevelsView() {
  const vm = useDash(selectLevels);
  const county = useDash(selectCounty);
  const cityChosen = useDash((s) => s.cityChosen);
  const viewChosen = useDash((s) => s.viewChosen);
  const [sortKey, setSortKey] = useState<SortKey>("place");
  const rows = useMemo(() => (vm ? sorted(vm.rows, sortKey) : []), [vm, sortKey]);
  if (!vm) return <p className="empty">{zh.noData}</p>;
  const top = Math.max(1, ...vm.rows.filter((r) => r.kind === "county").map((r) => r.median ?? 0));
  const open = (r: LevelRow) =>
    r.kind === "city"
      ? cityChosen(r.code)
      : viewChosen("ranking", {
          city: r.city,
          county: r.county,
          townships: null,
          townshipsOmitted: null,
          highlight: null,
        });
  const head = (key: SortKey, label: string, title?: string) => (
    <th scope="col" aria-sort={sortKey === key && key !== "place" ? "descending" : "none"} title={title}>
      <button type="button" className="lv-sort" onClick={() => setSortKey(sortKey === key ? "place" : key)}>
        {label}
        {sortKey === key && key !== "place" ? " ▼" : ""}
      </button>
    </th>
  );
  return (
    <section data-testid="view-levels" className="levels">
      <div className="toolbar">
        <IndicatorSelect />
        <YearSelect />
      </div>
      <nav className="lv-path" aria-label={t.path} data-testid="levels-path">
        <button type="button" onClick={() => cityChosen(null)} aria-current={vm.city ? undefined : "page"}>
          {t.province(vm.province)}
        </button>
        {vm.city && (
          <>
            <span aria-hidden="true">›</span>
            <button
              type="button"
              aria-current={county ? undefined : "page"}
              onClick={() => cityChosen(vm.city?.code ?? null)}
            >
              {vm.city.name}
            </button>
          </>
        )}
        {county && (
          <>
            <span aria-hidden="true">›</span>
            <span aria-current="page">{county}</span>
          </>
        )}
      </nav>
      <h2 className="lv-title">{t.title(vm.year)}</h2>
      <p className="lv-intro">{t.intro}</p>
      {rows.length === 0 ? (
        <p className="empty">{t.noCounties}</p>
      ) : (
        <div className="lv-scroll">
          <table className="lv-table" data-testid="levels-table">
            <thead>
              <tr>
                {head("place", t.unit)}
                <th scope="col">{t.townships}</th>
                {head("reporting", t.reporting(vm.year))}
                {head("median", t.median(vm.indicator.short), vm.indicator.name)}
                {KEY_INDICATORS.map((k) => head(k.id as KeyIndicatorId, `★${k.short}`, t.keyShare(k.name)))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr
                  key={`${r.kind}:${r.city}:${r.code}`}
                  className={r.kind === "city" ? "lv-city" : "lv-county"}
                >
                  <th scope="row">
                    <button
                      type="button"
                      className="lv-open"
                      data-testid={`levels-${r.kind}`}
                      title={r.kind === "city" ? t.drillCity(r.name) : t.drillCounty(r.name)}
                      onClick={() => open(r)}
                    >
                      {r.name}
                    </button>
                  </th>
                  <td className="num">{r.townships}</td>
                  <td className="num">{r.reporting}</td>
                  <td className="num lv-median" title={t.stating(r.stating)}>
                    {r.median === null ? (
                      "—"
                    ) : (
                      <>
                        {r.kind === "county" && (
                          <span className="lv-bar" style={{ width: `${(r.median / top) * 100}%` }} />
                        )}
                        <span className="lv-value">
                          {formatNumber(r.median)}
                          {vm.indicator.unit}
                        </span>
                      </>
                    )}
                  </td>
                  {KEY_INDICATORS.map((k) => {
                    const share = r.keyShare[k.id as KeyIndicatorId];
                    return (
                      <td
                        key={k.id}
                        className="num lv-share"
                        style={{ background: `rgba(37, 99, 235, ${(share * 0.45).toFixed(2)})` }}
                      >
                        {pct(share)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {vm.rows.some((r) => r.city === "未定位") && <p className="lv-note">{t.unlocated}</p>}
    </section>
  );
}
