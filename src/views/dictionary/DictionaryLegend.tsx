// The two reference sections at the end of 指标说明: how the table marks figures (drawn with the
// table's own cell component, so the legend cannot drift from what the table shows) and the
// shortcoming categories behind 问题数.
import { SHORTCOMING_DEFS } from "../../domain";
import type { IndicatorCell } from "../../table/rows";
import { dictText, tableText } from "../../table/text";
import { Figure } from "../table/BodyRow";

const base: IndicatorCell = {
  value: 30,
  approx: "exact",
  basis: "stated",
  unit: "起",
  hasEvidence: true,
  evidenceText: "",
  derivation: null,
};

/** Example cells, in the order of dictText.markerRows. */
const EXAMPLES: (IndicatorCell | null)[] = [
  { ...base, approx: "at_least", evidenceText: "调处各类矛盾纠纷30余起" },
  { ...base, approx: "about", evidenceText: "调处矛盾纠纷约30起" },
  { ...base, value: 6, basis: "derived", unit: "个", derivation: "我镇5村1居 → 5 + 1 = 6" },
  { ...base, value: 0, unit: "人次", evidenceText: "协助申请法律援助0人次" },
  null,
];

export function MarkerLegend() {
  return (
    <section className="dict-section" aria-labelledby="dict-markers">
      <h2 id="dict-markers" tabIndex={-1}>
        {dictText.markers}
      </h2>
      <p>{dictText.markersIntro}</p>
      <table className="dict-legend">
        <tbody>
          {dictText.markerRows.map((m, i) => {
            const cell = EXAMPLES[i];
            return (
              <tr key={m.label}>
                <td className="dict-legend-example">
                  {cell ? (
                    <Figure cell={cell} />
                  ) : (
                    <span className="dt-missing" title={tableText.cell.missingTitle}>
                      {tableText.cell.missing}
                    </span>
                  )}
                </td>
                <th scope="row">{m.label}</th>
                <td>{m.text}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

export function ShortcomingLegend() {
  return (
    <section className="dict-section" aria-labelledby="dict-shortcomings">
      <h2 id="dict-shortcomings" tabIndex={-1}>
        {dictText.shortcomings}
      </h2>
      <p>{dictText.shortcomingsIntro}</p>
      <dl className="dict-categories">
        {SHORTCOMING_DEFS.map((d) => (
          <div key={d.id}>
            <dt>{d.label}</dt>
            <dd>{d.description}</dd>
          </div>
        ))}
      </dl>
      <p className="dict-callout">{dictText.recurring}</p>
    </section>
  );
}
