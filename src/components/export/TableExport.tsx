// 导出 Excel / CSV for the data table: exactly the rows and columns on screen (VisibleTable, as
// DataTable reports it through onVisibleChange). `useTableExport` returns the two DataTable props
// so the view wires it in one line: <DataTable {...useTableExport()} …/>.
import { useCallback, useMemo, useRef, type ReactNode } from "react";
import { exportTableCsv, exportTableXlsx, type TableExportContext, type VisibleTable } from "../../export";
import { selectDataset, selectScope, useDash } from "../../store";
import { selectExportCounty } from "./ChartExportMenu";
import { ExportMenu } from "./ExportMenu";

/** What a spreadsheet export needs from the store besides the visible table. */
export function useTableExportContext(): TableExportContext {
  const county = useDash(selectExportCounty);
  const dataset = useDash(selectDataset);
  const scope = useDash(selectScope);
  return useMemo(
    () => ({ county, scope, fictional: dataset?.fictional ?? false, datasetLabel: dataset?.label ?? "" }),
    [county, scope, dataset],
  );
}

interface TableExportMenuProps {
  /** Read at click time, so the file holds what is on screen at that moment. */
  visible(): VisibleTable | null;
}

export function TableExportMenu({ visible }: TableExportMenuProps) {
  const ctx = useTableExportContext();
  const current = (): VisibleTable => visible() ?? { columns: [], rows: [] };
  return (
    <ExportMenu
      label="导出"
      testId="table-export"
      choices={[
        {
          id: "xlsx",
          label: "导出 Excel（.xlsx）",
          hint: "当前显示的行和列，另附原文依据、存在问题、缺项清单和说明",
          run: () => exportTableXlsx(current(), ctx),
        },
        {
          id: "csv",
          label: "导出 CSV",
          hint: "UTF-8 编码，Excel 可直接打开",
          run: () => exportTableCsv(current(), ctx),
        },
      ]}
    />
  );
}

export function useTableExport(): { toolbar: ReactNode; onVisibleChange(v: VisibleTable): void } {
  // A ref, not state: the table reports on every sort or filter and nothing needs to re-render.
  const latest = useRef<VisibleTable | null>(null);
  const onVisibleChange = useCallback((v: VisibleTable) => {
    latest.current = v;
  }, []);
  const toolbar = useMemo(() => <TableExportMenu visible={() => latest.current} />, []);
  return { toolbar, onVisibleChange };
}
