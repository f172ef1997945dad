// 数据表: the table helper's DataTable, fed from the store, with the export helper's menu.
import { useMemo } from "react";
import { useTableExport } from "../../components/export/TableExport";
import type { IndicatorId } from "../../domain";
import { selectAlternatives, selectDataset, selectNoReportRows, selectScope, useDash } from "../../store";
import { DataTable } from "./DataTable";

export function TableMount() {
  const scope = useDash(selectScope);
  const fictional = useDash((s) => selectDataset(s)?.fictional ?? false);
  const open = useDash((s) => s.evidenceOpened);
  const viewChosen = useDash((s) => s.viewChosen);
  const exportProps = useTableExport();
  // Reports whose year could not be read have no place on a chart, but the table still lists them.
  const reports = useMemo(() => [...scope.reports, ...scope.undated], [scope]);
  // Rows of their own: township-years with no report (未报送), and reports kept beside another of
  // the same township and year (备选), of the county in scope.
  const noReport = useDash(selectNoReportRows);
  const alternatives = useDash(selectAlternatives);
  const extra = useMemo(() => {
    const inScope = (c: string | null) => scope.county === null || c === scope.county;
    const rows = alternatives.rows.filter((r) => inScope(r.county));
    return { noReport, alternatives: { ...alternatives, rows } };
  }, [noReport, alternatives, scope.county]);
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
