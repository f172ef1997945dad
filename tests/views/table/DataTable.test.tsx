// Server-rendered DataTable (no DOM needed): the toolbar, the grouped header with its controls and
// the grid semantics are all in the markup. Rows are virtualised and need a scroll element, so the
// body is covered by the unit tests of the pipeline (tests/table) and the browser tests.
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { Row } from "@tanstack/react-table";
import { INDICATORS, type FigureReview, type IndicatorId } from "../../../src/domain";
import type { DtColumnMeta, Features } from "../../../src/table/features";
import type { TableRow } from "../../../src/table/rows";
import { DataTable } from "../../../src/views/table/DataTable";
import { BodyRow, cellClasses, columnPlacement, Figure, pinOffsets } from "../../../src/views/table/BodyRow";
import { sampleReports } from "../../table/fixtures";

const noop = () => {};

function render(fictional = false): string {
  return renderToString(
    <DataTable
      reports={sampleReports()}
      fictional={fictional}
      onOpenEvidence={noop}
      onOpenDictionary={noop}
      toolbar={<button type="button">导出</button>}
    />,
  );
}

describe("DataTable markup", () => {
  const html = render();

  it("is a grid with row and column counts for assistive technology", () => {
    expect(html).toContain('role="grid"');
    // 4 reports + 2 header rows; 20 columns.
    expect(html).toContain('aria-rowcount="6"');
    expect(html).toContain('aria-colcount="20"');
  });

  it("has the five group headers and a sortable, filterable header per column", () => {
    for (const g of ["法律顾问", "矛盾纠纷调处", "普法宣传", "法律服务", "依法行政"])
      expect(html).toContain(g);
    expect(html.match(/aria-sort="none"/g)).toHaveLength(20);
    expect(html.match(/class="dt-funnel/g)).toHaveLength(20);
  });

  it("links every indicator header to its dictionary entry", () => {
    expect(html.match(/class="dt-help"/g)).toHaveLength(INDICATORS.length);
    for (const d of INDICATORS) expect(html).toContain(`“${d.short}”的口径说明`);
  });

  it("shows the count, the extra toolbar, and the fictional mark only when asked", () => {
    expect(html).toContain("共 4 份报告");
    expect(html).toContain("导出");
    expect(html).not.toContain("虚构示例数据");
    expect(render(true)).toContain("虚构示例数据");
  });
});

describe("Figure", () => {
  const cell = {
    value: 70,
    approx: "at_least" as const,
    basis: "stated" as const,
    unit: "起",
    hasEvidence: true,
    evidenceText: "调处各类矛盾纠纷70余起",
    derivation: null,
  };

  it("writes 余 after an at-least figure, as the rest of the app does, and explains it", () => {
    const html = renderToString(<Figure cell={cell} />);
    expect(html).toContain('<span class="dt-approx" aria-hidden="true">余</span>');
    expect(html).toContain("至少70（原文：70余）");
  });

  it("sets a derived figure in italics with 推算", () => {
    const html = renderToString(
      <Figure cell={{ ...cell, approx: "exact", basis: "derived", derivation: "5村1居 → 6" }} />,
    );
    expect(html).toContain("<i>70</i>");
    expect(html).toContain("推算");
    expect(html).toContain("推算值：5村1居 → 6");
  });
});

describe("BodyRow cells", () => {
  const exact = {
    value: 1234,
    approx: "exact" as const,
    basis: "stated" as const,
    unit: "起",
    hasEvidence: true,
    evidenceText: "调处纠纷1234起",
    derivation: null,
  };
  const values = Object.fromEntries(INDICATORS.map((d) => [d.id, null])) as TableRow["values"];
  const row: TableRow = {
    rowId: "r1",
    reportId: "r1",
    township: "白鹭镇",
    county: "示例县",
    year: 2023,
    values: {
      ...values,
      disputes_handled: exact,
      villages_total: { ...exact, value: 12, approx: "about" },
      law_training_sessions: { ...exact, value: 6, review: { state: "confirmed" } as FigureReview },
    },
    missingKey: 0,
    shortcomings: 0,
    reviewed: null,
    error: null,
    search: "白鹭镇",
  };
  const meta = (id: IndicatorId): DtColumnMeta => ({
    columnId: id,
    kind: "indicator",
    label: id,
    indicatorId: id,
    numeric: true,
  });
  const metas = ["disputes_handled", "villages_total", "law_training_sessions", "publicity_materials"].map(
    (id) => meta(id as IndicatorId),
  );
  /** One body row rendered to HTML: `original` as its row, `shown` the columns in view. */
  const rowHtml = (original: TableRow, shown = [true, true, true, true]) =>
    renderToString(
      <table>
        <tbody>
          <BodyRow
            row={{ original } as Row<Features, TableRow>}
            metas={metas}
            index={0}
            ariaRowIndex={3}
            tabCol={0}
            classes={cellClasses(metas, new Map(), null)}
            shown={shown}
          />
        </tbody>
      </table>,
    );
  const html = rowHtml(row);
  const cell = (id: string) => new RegExp(`<td[^>]*data-col="${id}"[^>]*>(.*?)</td>`).exec(html)?.[1] ?? "";

  it("writes a plain stated figure as the cell's text alone", () => {
    expect(cell("disputes_handled")).toBe("1,234");
  });

  it("keeps the marked figure for an approximate or reviewed figure", () => {
    expect(cell("villages_total")).toContain('class="dt-fig"');
    expect(cell("villages_total")).toContain("约");
    expect(cell("law_training_sessions")).toContain("dt-review");
  });

  it("marks and names a gap on the cell itself, with no element inside", () => {
    const td = /<td[^>]*data-col="publicity_materials"[^>]*>/.exec(html)?.[0] ?? "";
    expect(td).toContain("dt-missing");
    expect(td).toContain('aria-label="报告未提及"');
    expect(cell("publicity_materials")).toBe("—");
    // A figure the report gives is not a gap.
    expect(/<td[^>]*data-col="disputes_handled"[^>]*>/.exec(html)?.[0]).not.toContain("dt-missing");
  });

  it("clips only a cell whose content may be wider than its column", () => {
    const td = (h: string, id: string) => new RegExp(`<td[^>]*data-col="${id}"[^>]*>`).exec(h)?.[0] ?? "";
    // A marked figure (约12, a review mark) may be; a plain 1,234 or a gap's dash always fits.
    expect(td(html, "villages_total")).toContain("dt-clip");
    expect(td(html, "law_training_sessions")).toContain("dt-clip");
    expect(td(html, "disputes_handled")).not.toContain("dt-clip");
    expect(td(html, "publicity_materials")).not.toContain("dt-clip");
    // A very long plain number is clipped too.
    const long = rowHtml({
      ...row,
      values: { ...row.values, disputes_handled: { ...exact, value: 12345678901 } },
    });
    expect(td(long, "disputes_handled")).toContain("dt-clip");
  });

  it("renders only the columns in view, each keeping its column's index and grid track", () => {
    const some = rowHtml(row, [true, false, true, false]);
    const tds = some.match(/<td[^>]*>/g) ?? [];
    expect(tds).toHaveLength(2);
    expect(tds[0]).toMatch(/class="dt-td dt-c0 [^"]*".*aria-colindex="1"/);
    expect(tds[1]).toMatch(/class="dt-td dt-c2 [^"]*".*aria-colindex="3"/);
    // No stand-in cell, and no inline style on the row or a cell.
    expect(some).not.toMatch(/colspan|style=/i);
  });

  it("gives a cell no tooltip, inline style or duplicate column index: tooltips come on hover", () => {
    const tds = html.match(/<td[^>]*>/g) ?? [];
    expect(tds).toHaveLength(4);
    for (const td of tds) {
      expect(td).not.toMatch(/\stitle=|\sstyle=|\sdata-c=/);
      expect(td).toMatch(/aria-colindex="\d"/);
    }
    // The clickable figure says so by its class; its tooltip is set when the pointer reaches it.
    expect(html).toMatch(
      /<td class="dt-td dt-c0 dt-td--indicator dt-num dt-open" data-col="disputes_handled"/,
    );
    expect(html).not.toContain('title="报告未提及"');
  });
});

describe("cell classes and pinned offsets", () => {
  const m = (columnId: string, kind: DtColumnMeta["kind"], numeric = false): DtColumnMeta => ({
    columnId,
    kind,
    label: columnId,
    numeric,
  });
  const metas = [
    m("township", "township"),
    m("county", "county"),
    m("year", "year", true),
    m("x", "indicator", true),
  ];
  const pins = new Map([
    ["township", 0],
    ["county", 148],
    ["year", 260],
  ]);

  it("builds each column's classes once, naming a pinned column's offset variable and the edge", () => {
    expect(cellClasses(metas, pins, "year")).toEqual([
      "dt-td dt-c0 dt-td--township dt-clip dt-pin dt-pin-0",
      "dt-td dt-c1 dt-td--county dt-clip dt-pin dt-pin-1",
      "dt-td dt-c2 dt-td--year dt-num dt-pin dt-pin-2 dt-pin--edge",
      "dt-td dt-c3 dt-td--indicator dt-num",
    ]);
  });

  it("puts column N's cells in grid track N+1, on screen only", () => {
    expect(columnPlacement(3)).toBe(
      "@media screen{.dt-body .dt-c0{grid-column:1}.dt-body .dt-c1{grid-column:2}.dt-body .dt-c2{grid-column:3}}",
    );
    expect(columnPlacement(0)).toBe("@media screen{}");
  });

  it("sets one CSS variable per pinned column, in order", () => {
    expect(pinOffsets(pins)).toEqual({ "--dt-pin-0": "0px", "--dt-pin-1": "148px", "--dt-pin-2": "260px" });
    expect(
      pinOffsets(
        new Map([
          ["township", 0],
          ["year", 148],
        ]),
      ),
    ).toEqual({
      "--dt-pin-0": "0px",
      "--dt-pin-1": "148px",
    });
  });
});
