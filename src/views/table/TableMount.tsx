// 数据表: the table helper's DataTable, fed from the store, with the export helper's menu.
import { useTableExport } from "../../components/export/TableExport";
import type { Alternatives, NoReportRow, Scope } from "../../derive";
import type { IndicatorId } from "../../domain";
import { selectAlternatives, selectDataset, selectNoReportRows, selectScope, useDash } from "../../store";
import { memoLast } from "../../store/memo";
import type { ExtraRows } from "../../table/rows";
import { DataTable } from "./DataTable";

// Kept across visits (module level, not per mount): the same scope gives the same arrays, so the
// table's rows (built from them) are not rebuilt each time the 数据表 tab is opened.
// Reports whose year could not be read have no place on a chart, but the table still lists them.
const reportsOf = memoLast((scope: Scope) => [...scope.reports, ...scope.undated]);
// Rows of their own: township-years with no report (未报送), and reports kept beside another of
// the same township and year (备选), of the county in scope.
const extraOf = memoLast(
  (noReport: NoReportRow[], alternatives: Alternatives, county: string | null): ExtraRows => {
    const rows = alternatives.rows.filter((r) => county === null || r.county === county);
    return { noReport, alternatives: { ...alternatives, rows } };
  },
);

export function TableMount() {
  const scope = useDash(selectScope);
  const fictional = useDash((s) => selectDataset(s)?.fictional ?? false);
  const open = useDash((s) => s.evidenceOpened);
  const viewChosen = useDash((s) => s.viewChosen);
  const exportProps = useTableExport();
  const reports = reportsOf(scope);
  const noReport = useDash(selectNoReportRows);
  const alternatives = useDash(selectAlternatives);
  const extra = extraOf(noReport, alternatives, scope.county);
  return (
    <section data-testid="view-table" className="table-view">
      <DataTable
        reports={reports}
        extra={extra}
        fictional={fictional}
        onOpenEvidence={(reportId: string, indicator: IndicatorId) =>
          open({ kind: "figure", reportId, indicator })
        }
        onOpenDictionary={(indicator: IndicatorId) => viewChosen("dictionary", { focus: indicator })}
        {...exportProps}
      />
    </section>
  );
}
