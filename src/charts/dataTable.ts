// A chart's content as a table of text, for the visually hidden table beside every canvas (read by
// screen readers, found by find-in-page, printed) — built from the same option the canvas draws, so
// the two cannot disagree. Pivoted the way the chart reads: a row per township (or series), a column
// per year (or category). Pure: no DOM, no ECharts runtime.
import type { ChartOption, TipParams } from "./types";

export interface TableCell {
  text: string;
  /** What a click on the mark opens (the mark's `ref`), and the mark's data for the click handler. */
  ref: unknown;
  data: unknown;
}

export interface ChartTable {
  /** Heading of the row-header column, then one per column. */
  corner: string;
  columns: string[];
  rows: { header: string; cells: (TableCell | null)[] }[];
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === "object" && x !== null && !Array.isArray(x);
const list = (x: unknown): Obj[] => (Array.isArray(x) ? x.filter(isObj) : isObj(x) ? [x] : []);

function categoryText(x: unknown): string {
  if (isObj(x)) return categoryText(x.value);
  return x === null || x === undefined ? "" : String(x);
}

const number = new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 1 });

function valueText(v: unknown): string {
  if (typeof v === "number") return Number.isFinite(v) ? number.format(v) : "—";
  if (v === null || v === undefined || v === "") return "—";
  return String(v);
}

/**
 * A label's text on one line: a chart breaks long labels for its canvas ("↻ 2021、2022\n2024",
 * "规范性文件\n审查不完善"); a table cell wraps by itself. Two numbers on either side of a break are
 * items of one list and keep its separator.
 */
export function oneLine(text: string): string {
  return text.replace(/(\d)\n(?=\d)/g, "$1、").replace(/\n/g, "");
}

/** The text a mark's label shows (a string, or the builder's formatter called as ECharts would). */
function labelText(series: Obj, item: unknown, dataIndex: number, value: unknown): string | null {
  const text = rawLabelText(series, item, dataIndex, value);
  return text === null ? null : oneLine(text);
}

function rawLabelText(series: Obj, item: unknown, dataIndex: number, value: unknown): string | null {
  const own = isObj(item) && isObj(item.label) ? item.label.formatter : undefined;
  const formatter = own ?? (isObj(series.label) ? series.label.formatter : undefined);
  if (typeof formatter === "string" && !formatter.includes("{")) return formatter;
  if (typeof formatter === "function") {
    const p: TipParams = { seriesName: String(series.name ?? ""), dataIndex, value, data: item };
    try {
      const out: unknown = (formatter as (p: TipParams) => unknown)(p);
      if (typeof out === "string" && out !== "" && !out.includes("{")) return out;
    } catch {
      return null;
    }
  }
  return null;
}

/** Draw-only series (the trends band's stacked base, a gap row) carry no content of their own. */
const drawOnly = (s: Obj): boolean =>
  typeof s.id === "string" && s.id.startsWith("__band") ? true : String(s.name ?? "").startsWith("__");

export function chartTable(option: ChartOption): ChartTable {
  const o = option as Obj;
  const xAxes = list(o.xAxis);
  const yAxes = list(o.yAxis);
  const columns: string[] = [];
  const rows = new Map<string, Map<string, TableCell>>();
  // Rows and columns in the axis' order where an axis gives one, else in order of appearance.
  const rank = new Map<string, number>();
  let corner = "";
  const put = (row: string, col: string, cell: TableCell, at: [number, number] = [Infinity, Infinity]) => {
    if (row === "" || col === "") return;
    if (!columns.includes(col)) columns.push(col);
    if (!rank.has(`c:${col}`)) rank.set(`c:${col}`, at[1]);
    if (!rank.has(`r:${row}`)) rank.set(`r:${row}`, at[0]);
    let r = rows.get(row);
    if (!r) rows.set(row, (r = new Map()));
    r.set(col, cell);
  };

  for (const s of list(o.series)) {
    if (drawOnly(s)) continue;
    const x = xAxes[Number(s.xAxisIndex ?? 0)];
    const y = yAxes[Number(s.yAxisIndex ?? 0)];
    const xCats = x?.type === "category" && Array.isArray(x.data) ? x.data : null;
    const yCats = y?.type === "category" && Array.isArray(y.data) ? y.data : null;
    const name = String(s.name ?? "");
    const data = Array.isArray(s.data) ? (s.data as unknown[]) : [];
    data.forEach((item, i) => {
      const raw = isObj(item) ? item.value : item;
      const cell = (v: unknown): TableCell => ({
        text: labelText(s, item, i, raw) ?? valueText(v),
        ref: isObj(item) ? (item.ref ?? null) : null,
        data: item,
      });
      if (s.type === "heatmap" && Array.isArray(raw) && xCats && yCats) {
        // [column index, row index, status]: the cell's own label is its text.
        const [cx, cy] = raw as unknown[];
        corner ||= categoryText(y?.name);
        put(categoryText(yCats[Number(cy)]), categoryText(xCats[Number(cx)]), cell(raw[2]), [
          Number(cy),
          Number(cx),
        ]);
      } else if (yCats && !xCats) {
        // Horizontal bars: a row per category (township), a column per series.
        if (isObj(item) && item.value === null && !item.ref) return; // a "…N个乡镇…" gap row
        put(categoryText(yCats[i]), name, cell(Array.isArray(raw) ? raw[0] : raw));
      } else if (xCats) {
        // Lines and columns over years: a row per series, a column per category.
        const [cat, v] = Array.isArray(raw) ? raw : [xCats[i], raw];
        const text = categoryText(cat);
        put(name, text, cell(v), [Infinity, xCats.map(categoryText).indexOf(text)]);
      }
    });
  }
  // A stable sort: ties (no axis order) keep their order of appearance.
  const by = (kind: string) => (a: string, b: string) =>
    (rank.get(`${kind}:${a}`) ?? Infinity) - (rank.get(`${kind}:${b}`) ?? Infinity) || 0;
  columns.sort(by("c"));
  const ordered = [...rows.keys()].sort(by("r"));
  return {
    corner,
    columns,
    rows: ordered
      .map((header) => [header, rows.get(header) as Map<string, TableCell>] as const)
      .map(([header, byCol]) => ({
        header,
        cells: columns.map((c) => byCol.get(c) ?? null),
      })),
  };
}
