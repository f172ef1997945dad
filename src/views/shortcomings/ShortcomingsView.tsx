// 问题: which shortcomings townships admit, by year, and which recur. A matrix cell opens its latest
// item in the evidence panel and lists every year's item under the charts; a bar segment lists the
// townships behind its count. Each item text opens its report at the sentence.
import { useEffect, useRef, useState } from "react";
import { byYearStackOption, matrixOption, type MatrixDatum, type StackRef } from "../../charts";
import { CaptionedChart, useCaption } from "../../components";
import { ChartExportMenu } from "../../components/export/ChartExportMenu";
import { itemsOfYear, type ShortcomingItem } from "../../derive";
import { shortcomingDef } from "../../domain";
import { selectShortcomings, useDash, type EvidenceTarget } from "../../store";
import { zh } from "../../text/zh";
import { BY_YEAR_NOTE, heightsOf, MATRIX_NOTE, matrixOf, shownRowsOf, stackOf } from "./charts";

interface DetailItem {
  item: ShortcomingItem;
  /** What leads the line: the year (one township's cell) or the township (one year's segment). */
  lead: string;
}

interface Detail {
  title: string;
  recurring: boolean;
  items: DetailItem[];
}

const itemTarget = (it: ShortcomingItem): EvidenceTarget => ({
  kind: "shortcoming",
  reportId: it.reportId,
  index: it.index,
});

function ItemList({ items }: { items: DetailItem[] }) {
  const open = useDash((s) => s.evidenceOpened);
  const current = useDash((s) => s.evidence);
  return (
    <ul className="item-list">
      {items.map(({ item: it, lead }) => (
        <li key={`${it.reportId}-${it.index}`}>
          <button
            type="button"
            className="item-link"
            onClick={() => open(itemTarget(it))}
            aria-current={
              (current?.kind === "shortcoming" &&
                current.reportId === it.reportId &&
                current.index === it.index) ||
              undefined
            }
            title="查看报告原文"
          >
            <span className="item-year">{lead}</span>
            <span>{it.text}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

const byYear = (items: ShortcomingItem[]): DetailItem[] =>
  items.map((item) => ({ item, lead: `${item.year}年` }));

/**
 * Rows of the recurring list; a province (the matrix bounded) lists fewer first — each row holds
 * every year's items, and 100 of them were most of the time it took to open 问题 — and says how
 * many there are.
 */
const RECURRING_SHOWN = 100;
const RECURRING_SHOWN_BOUNDED = 30;

export function ShortcomingsView({ height, wide }: { height: number; wide: boolean }) {
  const vm = useDash(selectShortcomings);
  const open = useDash((s) => s.evidenceOpened);
  const [detail, setDetail] = useState<Detail | null>(null);
  const detailRef = useRef<HTMLDivElement>(null);
  // The detail sits below the charts; bring it into view when a cell or a segment is picked.
  useEffect(() => {
    if (!detail) return;
    const reduce = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
    detailRef.current?.scrollIntoView({ block: "nearest", behavior: reduce ? "auto" : "smooth" });
  }, [detail]);
  const stack = stackOf(vm);
  const highlight = useDash((s) => s.highlight);
  const matrix = matrixOf(vm, highlight);
  const shownRows = shownRowsOf(vm, highlight);
  const cap1 = useCaption(zh.shortcomings.byYear, BY_YEAR_NOTE);
  const cap2 = useCaption(zh.shortcomings.matrix, MATRIX_NOTE);
  const labelOf = (key: string) => vm.townships.find((t) => t.key === key)?.label ?? key;
  if (vm.categories.length === 0) return <p className="empty">报告中没有提取到“存在的不足”条目</p>;
  const yearSpan = vm.years.length ? `${vm.years[0]}-${vm.years.at(-1)}` : "";
  const bounded = shownRows < vm.townships.length;
  const recurringShown = bounded ? RECURRING_SHOWN_BOUNDED : RECURRING_SHOWN;
  const heights = heightsOf(shownRows, height, wide);

  const cellClicked = (d: MatrixDatum) => {
    const cell = d.cell;
    setDetail({
      title: `${labelOf(cell.township)} · ${shortcomingDef(cell.category).label}`,
      recurring: cell.recurring,
      items: byYear(cell.items),
    });
    // The latest admission is the one that matters for 问题未整改: show its sentence at once.
    const latest = cell.items.at(-1);
    if (latest) open(itemTarget(latest));
  };
  const segmentClicked = (ref: StackRef) => {
    const groups = itemsOfYear(vm, ref.category, ref.year);
    setDetail({
      title: zh.shortcomings.stackDetail(ref.year, shortcomingDef(ref.category).label, groups.length),
      recurring: false,
      items: groups.flatMap((g) => g.items.map((item) => ({ item, lead: g.label }))),
    });
  };

  return (
    <section data-testid="view-shortcomings">
      {bounded && (
        <p className="bounded-note" data-testid="matrix-bounded">
          {zh.shortcomings.bounded(shownRows, vm.townships.length)}
        </p>
      )}
      <div className={wide ? "chart-grid two-one" : "chart-grid"}>
        <CaptionedChart
          id="shortcomings-matrix"
          option={matrix}
          caption={cap2}
          height={heights.matrix}
          showDictionaryLink={false}
          onItemClick={(_ref, data) => cellClicked(data as MatrixDatum)}
          toolbar={
            <ChartExportMenu
              build={(t) => matrixOption(vm, t, highlight)}
              title={zh.shortcomings.matrix}
              subject="反复出现的问题"
              years={yearSpan}
            />
          }
        />
        <CaptionedChart<StackRef>
          id="shortcomings-by-year"
          option={stack}
          caption={cap1}
          height={heights.stack}
          showDictionaryLink={false}
          onItemClick={segmentClicked}
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
      {detail && (
        <div className="cell-detail" data-testid="shortcoming-detail" ref={detailRef}>
          <h3>
            {detail.title}
            {detail.recurring && <span className="badge warn">↻ 反复出现</span>}
            <button
              type="button"
              className="icon-button"
              onClick={() => setDetail(null)}
              aria-label={zh.close}
            >
              ×
            </button>
          </h3>
          <ItemList items={detail.items} />
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
              {vm.recurring.slice(0, recurringShown).map((r) => (
                <tr key={`${r.township}|${r.category.id}`} data-testid="recurring-row">
                  <td>{r.label}</td>
                  <td title={r.category.description}>{r.category.label}</td>
                  <td>{r.years.join("、")}</td>
                  <td>
                    <ItemList items={byYear(r.items)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {vm.recurring.length > recurringShown && (
          <p className="bounded-note" data-testid="recurring-more">
            {zh.shortcomings.recurringMore(recurringShown, vm.recurring.length)}
          </p>
        )}
      </div>
    </section>
  );
}
