// 问题: which shortcomings townships admit, by year, and which recur. Clicking a matrix cell or a
// recurring entry shows the item texts; each text opens its report at the sentence.
import { useEffect, useMemo, useRef, useState } from "react";
import { byYearStackOption, matrixOption, type MatrixDatum } from "../../charts";
import { CaptionedChart, useCaption } from "../../components";
import { ChartExportMenu } from "../../components/export/ChartExportMenu";
import type { MatrixCell, ShortcomingItem } from "../../derive";
import { shortcomingDef } from "../../domain";
import { selectShortcomings, useDash } from "../../store";
import { zh } from "../../text/zh";

function ItemList({ items }: { items: ShortcomingItem[] }) {
  const open = useDash((s) => s.evidenceOpened);
  return (
    <ul className="item-list">
      {items.map((it) => (
        <li key={`${it.reportId}-${it.index}`}>
          <button
            type="button"
            className="item-link"
            onClick={() => open({ kind: "shortcoming", reportId: it.reportId, index: it.index })}
            title="查看报告原文"
          >
            <span className="item-year">{it.year}年</span>
            <span>{it.text}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

export function ShortcomingsView({ height, wide }: { height: number; wide: boolean }) {
  const vm = useDash(selectShortcomings);
  const [selected, setSelected] = useState<MatrixCell | null>(null);
  const detailRef = useRef<HTMLDivElement>(null);
  // The detail sits below the charts; bring it into view when a cell is picked.
  useEffect(() => {
    if (selected) detailRef.current?.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }, [selected]);
  const stack = useMemo(() => byYearStackOption(vm), [vm]);
  const matrix = useMemo(() => matrixOption(vm), [vm]);
  const cap1 = useCaption(zh.shortcomings.byYear, "每个乡镇每年每类问题计1次。");
  const cap2 = useCaption(
    zh.shortcomings.matrix,
    "↻ 表示同一类问题在两个及以上年度出现（问题未整改）；点击单元格查看原文。",
  );
  const labelOf = (key: string) => vm.townships.find((t) => t.key === key)?.label ?? key;
  if (vm.categories.length === 0) return <p className="empty">报告中没有提取到“存在的不足”条目</p>;
  const yearSpan = vm.years.length ? `${vm.years[0]}-${vm.years.at(-1)}` : "";
  const matrixHeight = Math.max(height - 60, vm.townships.length * 34 + 170);
  return (
    <section data-testid="view-shortcomings">
      <div className={wide ? "chart-grid two-one" : "chart-grid"}>
        <CaptionedChart
          id="shortcomings-matrix"
          option={matrix}
          caption={cap2}
          height={matrixHeight}
          showDictionaryLink={false}
          onItemClick={(_ref, data) => setSelected((data as MatrixDatum).cell)}
          toolbar={
            <ChartExportMenu
              build={(t) => matrixOption(vm, t)}
              title={zh.shortcomings.matrix}
              subject="反复出现的问题"
              years={yearSpan}
            />
          }
        />
        <CaptionedChart
          id="shortcomings-by-year"
          option={stack}
          caption={cap1}
          height={wide ? matrixHeight : Math.min(height, 400)}
          showDictionaryLink={false}
          toolbar={
            <ChartExportMenu
              build={(t) => byYearStackOption(vm, t)}
              title={zh.shortcomings.byYear}
              subject="问题类别"
              years={yearSpan}
            />
          }
        />
      </div>
      {selected && (
        <div className="cell-detail" data-testid="shortcoming-detail" ref={detailRef}>
          <h3>
            {labelOf(selected.township)} · {shortcomingDef(selected.category).label}
            {selected.recurring && <span className="badge warn">↻ 反复出现</span>}
            <button
              type="button"
              className="icon-button"
              onClick={() => setSelected(null)}
              aria-label={zh.close}
            >
              ×
            </button>
          </h3>
          <ItemList items={selected.items} />
        </div>
      )}
      <div className="recurring" data-testid="recurring-list">
        <h3>{zh.shortcomings.recurringTitle}</h3>
        {vm.recurring.length === 0 ? (
          <p className="empty">{zh.shortcomings.recurringNone}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th>乡镇</th>
                <th>问题类别</th>
                <th>{zh.shortcomings.years}</th>
                <th>{zh.shortcomings.items}</th>
              </tr>
            </thead>
            <tbody>
              {vm.recurring.map((r) => (
                <tr key={`${r.township}|${r.category.id}`} data-testid="recurring-row">
                  <td>{r.label}</td>
                  <td title={r.category.description}>{r.category.label}</td>
                  <td>{r.years.join("、")}</td>
                  <td>
                    <ItemList items={r.items} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </section>
  );
}
