// 导出 Excel / CSV for the data table: exactly the rows and columns on screen (VisibleTable, as
// DataTable reports it through onVisibleChange). `useTableExport` returns the two DataTable props
// so the view wires it in one line: <DataTable {...useTableExport()} …/>.
import { useCallback, useMemo, useRef, type ReactNode } from "react";
import { exportTableCsv, exportTableXlsx, type VisibleTable } from "../../export";
import { selectCounty, selectDataset, useDash } from "../../store";
import { ExportMenu } from "./ExportMenu";

interface TableExportMenuProps {
  /** Read at click time, so the file holds what is on screen at that moment. */
  visible(): VisibleTable | null;
}

export function TableExportMenu({ visible }: TableExportMenuProps) {
  const county = useDash(selectCounty);
  const fictional = useDash((s) => selectDataset(s)?.fictional ?? false);
  const ctx = { county, fictional };
  const current = (): VisibleTable => visible() ?? { columns: [], rows: [] };
  return (
    <ExportMenu
      label="导出"
      testId="table-export"
      choices={[
        {
          id: "xlsx",
          label: "导出 Excel（.xlsx）",
          hint: "当前显示的行和列；数字可直接计算",
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
