// 完整性 at province scale: one row per county (townships, reports received, the share of
// townships stating each key indicator), a click opens the county's own grids. An HTML table, so
// no canvas grows with the number of townships.
import { useDeferredValue } from "react";
import type { CountyCompleteness } from "../../derive";
import { KEY_INDICATORS } from "../../domain";
import type { Scope } from "../../derive";
import { zh } from "../../text/zh";

const pct = (n: number, of: number) => (of === 0 ? "—" : `${Math.round((n / of) * 100)}%`);

/** Share → the completeness colours: green when nearly all state it, orange as more are missing. */
function shareClass(n: number, of: number): string {
  const r = of === 0 ? 0 : n / of;
  return r >= 0.95 ? "share-full" : r >= 0.75 ? "share-high" : r >= 0.5 ? "share-mid" : "share-low";
}

/**
 * Rows in the table's first render: more than a screen shows. The rest (a province: about 160
 * counties) follow in a background render (useDeferredValue), so opening 完整性 does not wait for
 * every row's DOM and layout; a moment later they are all there for screen readers, find and print.
 */
export const FIRST_COUNTY_ROWS = 30;

function CountyRow({ row, open }: { row: CountyCompleteness; open: (county: string) => void }) {
  return (
    <tr data-testid="county-row">
      <th scope="row">
        <button type="button" className="link-button" onClick={() => open(row.county)}>
          {row.county} ▸
        </button>
      </th>
      <td>{row.townships}</td>
      <td className={shareClass(row.reported, row.townships)}>
        {row.reported}（{pct(row.reported, row.townships)}）
      </td>
      {row.stating.map((n, i) => (
        <td key={KEY_INDICATORS[i]?.id} className={shareClass(n, row.townships)}>
          {pct(n, row.townships)}
        </td>
      ))}
      <td>{row.lacking}</td>
    </tr>
  );
}

export function CountyGroups({
  rows,
  scope,
  year,
  open,
}: {
  /** countyCompleteness(scope, year), memoised by the caller. */
  rows: CountyCompleteness[];
  scope: Scope;
  year: number;
  open: (county: string) => void;
}) {
  const limit = useDeferredValue(rows.length, Math.min(rows.length, FIRST_COUNTY_ROWS));
  return (
    <div className="county-groups" data-testid="completeness-counties">
      <p className="bounded-note">
        {zh.completeness.countiesNote(rows.length, scope.townships.length, year)}
      </p>
      <div className="county-table-wrap">
        <table className="county-table">
          <thead>
            <tr>
              <th scope="col">县（市、区）</th>
              <th scope="col">乡镇</th>
              <th scope="col">{year}年收到报告</th>
              {KEY_INDICATORS.map((d) => (
                <th scope="col" key={d.id}>
                  ★ {d.short}
                </th>
              ))}
              <th scope="col">缺关键指标的乡镇</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, limit).map((r) => (
              <CountyRow key={r.county} row={r} open={open} />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
