// 指标说明: what every figure of the dashboard means and how it was read from the reports, so a
// reader can trust (or question) a number. `focus` scrolls to one indicator and highlights it;
// the table's "?" links and chart titles open it that way.
import "./IndicatorDictionary.css";
// The group colours and value markers are the table's; the dictionary may load before the table.
import "../table/markers.css";
import { useEffect } from "react";
import { INDICATOR_GROUPS, INDICATORS, type IndicatorGroup, type IndicatorId } from "../../domain";
import { dictText, tableText } from "../../table/text";
import { MarkerLegend, ShortcomingLegend } from "./DictionaryLegend";
import { entryId, IndicatorEntry } from "./IndicatorEntry";

export interface IndicatorDictionaryProps {
  /** The indicator to scroll to and highlight. */
  focus?: IndicatorId;
}

const GROUPS = Object.keys(INDICATOR_GROUPS) as IndicatorGroup[];
const groupId = (g: IndicatorGroup): string => `dict-group-${g}`;

/** Scroll within whatever container the shell gives us; no URL fragment (the app routes by hash). */
function scrollToId(id: string, focusHeading: boolean): void {
  const el = document.getElementById(id);
  if (!el) return;
  const reduce = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
  el.scrollIntoView({ block: "start", behavior: reduce ? "auto" : "smooth" });
  if (focusHeading) el.querySelector<HTMLElement>("h2, h3")?.focus({ preventScroll: true });
}

function Contents({ focus }: { focus?: IndicatorId }) {
  return (
    <nav className="dict-toc" aria-label={dictText.contents}>
      <div className="dict-toc-title">{dictText.contents}</div>
      <ol>
        {GROUPS.map((g) => (
          <li key={g}>
            <button type="button" className="dict-toc-group" onClick={() => scrollToId(groupId(g), true)}>
              {INDICATOR_GROUPS[g]}
            </button>
            <ol>
              {INDICATORS.filter((d) => d.group === g).map((d) => (
                <li key={d.id}>
                  <button
                    type="button"
                    aria-current={d.id === focus || undefined}
                    onClick={() => scrollToId(entryId(d.id), true)}
                  >
                    {d.short}
                    {d.key && <span className="dt-key"> {tableText.keyMark}</span>}
                  </button>
                </li>
              ))}
            </ol>
          </li>
        ))}
        <li>
          <button
            type="button"
            className="dict-toc-group"
            onClick={() => scrollToId("dict-markers-section", true)}
          >
            {dictText.markers}
          </button>
        </li>
        <li>
          <button
            type="button"
            className="dict-toc-group"
            onClick={() => scrollToId("dict-shortcomings-section", true)}
          >
            {dictText.shortcomings}
          </button>
        </li>
      </ol>
    </nav>
  );
}

export function IndicatorDictionary({ focus }: IndicatorDictionaryProps) {
  useEffect(() => {
    if (focus) scrollToId(entryId(focus), true);
  }, [focus]);

  return (
    <div className="dict" data-testid="indicator-dictionary">
      <Contents focus={focus} />
      <div className="dict-main">
        <header className="dict-header">
          <h1>{dictText.title}</h1>
          <p className="dict-lead">{dictText.intro}</p>
        </header>
        <section className="dict-section dict-rules" aria-labelledby="dict-rules">
          <h2 id="dict-rules">{dictText.generalRules}</h2>
          <ul>
            {dictText.rules.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </section>
        {GROUPS.map((g) => (
          <section
            key={g}
            id={groupId(g)}
            className="dict-section dict-group"
            aria-labelledby={`${groupId(g)}-h`}
          >
            <h2 id={`${groupId(g)}-h`} tabIndex={-1} className={`dict-group-title dt-group--${g}`}>
              {INDICATOR_GROUPS[g]}
            </h2>
            {INDICATORS.filter((d) => d.group === g).map((d) => (
              <IndicatorEntry key={d.id} def={d} focused={d.id === focus} />
            ))}
          </section>
        ))}
        <div id="dict-markers-section">
          <MarkerLegend />
        </div>
        <div id="dict-shortcomings-section">
          <ShortcomingLegend />
        </div>
      </div>
    </div>
  );
}
