// One indicator of 指标说明: its name, unit and ★, the 口径, how reports word it, what counts and
// what does not, and how the extractor decides. All text comes from the catalogue.
import type { IndicatorDef } from "../../domain";
import { dictText } from "../../table/text";

export const entryId = (id: string): string => `dict-${id}`;

export function IndicatorEntry({ def, focused }: { def: IndicatorDef; focused: boolean }) {
  const id = entryId(def.id);
  return (
    <article
      id={id}
      className={`dict-entry${focused ? " dict-entry--focus" : ""}`}
      aria-labelledby={`${id}-title`}
      data-focused={focused || undefined}
    >
      <header className="dict-entry-head">
        <h3 id={`${id}-title`} tabIndex={-1}>
          {def.name}
        </h3>
        {def.key && (
          <span className="dict-badge" title={dictText.keyNote}>
            {dictText.keyBadge}
          </span>
        )}
      </header>
      <p className="dict-facts">
        <span>
          {dictText.unit}：<b>{def.unit}</b>
          {def.unitsSeen.some((u) => u !== def.unit) && (
            <span className="dict-muted">
              {dictText.unitsAlso(def.unitsSeen.filter((u) => u !== def.unit))}
            </span>
          )}
        </span>
        <span>
          {dictText.short}：<b>{def.short}</b>
        </span>
      </p>
      <dl className="dict-fields">
        <div className="dict-field">
          <dt>{dictText.definition}</dt>
          <dd>{def.definition}</dd>
        </div>
        <div className="dict-field">
          <dt>{dictText.wording}</dt>
          <dd>
            <ul className="dict-quotes">
              {def.wording.map((w) => (
                <li key={w}>
                  <q>{w}</q>
                </li>
              ))}
            </ul>
          </dd>
        </div>
        <div className="dict-field dict-yes">
          <dt>
            <span aria-hidden="true">✓ </span>
            {dictText.counts}
          </dt>
          <dd>
            <ul>
              {def.counts.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          </dd>
        </div>
        <div className="dict-field dict-no">
          <dt>
            <span aria-hidden="true">✗ </span>
            {dictText.notCounts}
          </dt>
          <dd>
            <ul>
              {def.notCounts.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          </dd>
        </div>
        <div className="dict-field">
          <dt>{dictText.method}</dt>
          <dd>{def.method}</dd>
        </div>
      </dl>
    </article>
  );
}
