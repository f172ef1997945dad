// 催报清单: from 完整性, per township what key indicators are missing in which years (and the years
// with no report), as an Excel file a clerk sends back to the townships. Same list as the data
// workbook's 缺项清单 sheet (export/chaseList.ts), most gaps first.
import { lazy, Suspense, useCallback, useMemo, useState } from "react";
import { chaseListOf, chaseSummary, exportChaseXlsx } from "../../export";
import { ExportMenu } from "./ExportMenu";
import { useTableExportContext } from "./TableExport";

// The printable 催报单 is a chunk of its own: most visits to 完整性 never open it.
const ChasePage = lazy(() => import("../../views/chase").then((m) => ({ default: m.ChasePage })));

export function ChaseButton() {
  const ctx = useTableExportContext();
  const list = useMemo(() => chaseListOf(ctx.scope), [ctx.scope]);
  const [printing, setPrinting] = useState(false);
  const close = useCallback(() => setPrinting(false), []);
  const worst = list
    .slice(0, 3)
    .map((e) => chaseSummary(e))
    .join("；");
  return (
    <>
      <ExportMenu
        label="催报清单"
        testId="chase-export"
        disabled={list.length === 0}
        title={
          list.length === 0 ? "各乡镇历年报告均写明全部关键指标" : `${list.length}个乡镇需补报：${worst}`
        }
        choices={[
          {
            id: "xlsx",
            label: `导出催报清单（${list.length}个乡镇）`,
            hint: "每个乡镇缺哪几年、哪几项关键指标，可直接发给乡镇补报",
            run: () => exportChaseXlsx(ctx),
          },
          {
            id: "print",
            label: "打印催报单（A4）",
            hint: "按乡镇列出缺报年度和缺项，注明县名和日期，可打印或另存为PDF",
            run: () => setPrinting(true),
          },
        ]}
      />
      {printing && (
        <Suspense fallback={null}>
          <ChasePage
            county={ctx.county}
            list={list}
            years={ctx.scope.years}
            fictional={ctx.fictional}
            onClose={close}
          />
        </Suspense>
      )}
    </>
  );
}
