// The two reference sections at the end of 指标说明: how the table marks figures (drawn with the
// table's own cell component, so the legend cannot drift from what the table shows) and the
// shortcoming categories behind 问题数.
import { SHORTCOMING_DEFS } from "../../domain";
import type { IndicatorCell } from "../../table/rows";
import { dictText, tableText } from "../../table/text";
import { Figure } from "../table/BodyRow";

type Sample = (typeof dictText.markerRows)[number]["sample"];

/** A legend sample as the cell the table would draw for it. */
function sampleCell(sample: NonNullable<Sample>): IndicatorCell {
  return {
    value: sample.value,
    approx: sample.approx,
    basis: sample.basis,
    unit: "",
    hasEvidence: true,
    evidenceText: sample.evidence,
    derivation: "derivation" in sample ? sample.derivation : null,
  };
}

export function MarkerLegend() {
  return (
    <section className="dict-section" aria-labelledby="dict-markers">
      <h2 id="dict-markers" tabIndex={-1}>
        {dictText.markers}
      </h2>
      <p>{dictText.markersIntro}</p>
      <table className="dict-legend">
        <tbody>
          {dictText.markerRows.map((m) => {
            const cell = m.sample ? sampleCell(m.sample) : null;
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
