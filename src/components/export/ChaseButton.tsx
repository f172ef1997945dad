// 催报清单: from 完整性, per township what key indicators are missing in which years (and the years
// with no report), as an Excel file a clerk sends back to the townships. Same list as the data
// workbook's 缺项清单 sheet (export/chaseList.ts), most gaps first.
import { useMemo } from "react";
import { chaseListOf, chaseSummary, exportChaseXlsx } from "../../export";
import { ExportMenu } from "./ExportMenu";
import { useTableExportContext } from "./TableExport";

export function ChaseButton() {
  const ctx = useTableExportContext();
  const list = useMemo(() => chaseListOf(ctx.scope), [ctx.scope]);
  const worst = list
    .slice(0, 3)
    .map((e) => chaseSummary(e))
    .join("；");
  return (
    <ExportMenu
      label="催报清单"
      testId="chase-export"
      disabled={list.length === 0}
      title={list.length === 0 ? "各乡镇历年报告均写明全部关键指标" : `${list.length}个乡镇需补报：${worst}`}
      choices={[
        {
          id: "xlsx",
          label: `导出催报清单（${list.length}个乡镇）`,
          hint: "每个乡镇缺哪几年、哪几项关键指标，可直接发给乡镇补报",
          run: () => exportChaseXlsx(ctx),
        },
      ]}
    />
  );
}
