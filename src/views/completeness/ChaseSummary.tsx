// From "who is missing" to action: one line per township that lacks key figures (桃源镇缺3项，
// 2022年无报告), most missing first, beside the 催报清单 export that sends the same list out.
import { useState } from "react";
import { ChaseButton } from "../../components/export/ChaseButton";
import { usePrinting } from "../../components/usePrinting";
import { chaseListOf, chaseSummary } from "../../export";
import type { Scope } from "../../derive";
import { useDash } from "../../store";
import { zh } from "../../text/zh";
import { kept } from "../../store/memo";

/** Lines shown before 显示全部. */
const SHOWN = 8;

export function ChaseSummary({ scope }: { scope: Scope }) {
  const highlight = useDash((s) => s.highlight);
  const highlighted = useDash((s) => s.townshipHighlighted);
  // Kept across visits: a province's list reads every township's reports.
  const list = kept("chase-list", [scope], () => chaseListOf(scope));
  const [all, setAll] = useState(false);
  // On paper every line: a printout cannot be clicked open.
  const printing = usePrinting();
  const shown = all || printing ? list : list.slice(0, SHOWN);
  return (
    <div className="chase-summary" data-testid="chase-summary">
      <div className="chase-head">
        <strong>{zh.completeness.chaseTitle(list.length, scope.townships.length)}</strong>
        <ChaseButton />
      </div>
      {list.length === 0 ? (
        <p className="chase-none">{zh.completeness.chaseNone}</p>
      ) : (
        <ol className="chase-list">
          {shown.map((e) => (
            <li key={e.township} className={highlight === e.township ? "highlighted" : ""}>
              <button
                type="button"
                className="link-button"
                data-testid="chase-line"
                title={zh.completeness.chaseLineTitle}
                aria-pressed={highlight === e.township}
                onClick={() => highlighted(highlight === e.township ? null : e.township)}
              >
                {chaseSummary(e)}
              </button>
            </li>
          ))}
          {list.length > SHOWN && !printing && (
            <li>
              <button type="button" className="link-button" onClick={() => setAll(!all)}>
                {all ? zh.completeness.chaseFewer : zh.completeness.chaseAll(list.length)}
              </button>
            </li>
          )}
        </ol>
      )}
    </div>
  );
}
