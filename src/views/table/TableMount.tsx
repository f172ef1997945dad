// 数据表: the table helper's DataTable, fed from the store, with the export helper's menu.
import { useTableExport } from "../../components/export/TableExport";
import type { IndicatorId } from "../../domain";
import { selectAlternatives, selectDataset, selectNoReportRows, selectScope, useDash } from "../../store";
import { DataTable } from "./DataTable";
import { extraOf, reportsOf } from "./tableRows";

// The reports and extra rows come from tableRows.ts (module level, shared with the idle prefetch),
// so the same scope gives the same arrays and the table's rows are not rebuilt.
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
