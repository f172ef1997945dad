// The chart's data table is built from the option the canvas draws, pivoted the way the chart reads.
import { describe, expect, it } from "vitest";
import { chartTable, type ChartOption } from "../../src/charts";
import { oneLine } from "../../src/charts/dataTable";

describe("chartTable", () => {
  it("lines over years: a row per series, a column per year; gaps read —; marks keep their ref", () => {
    const o = {
      xAxis: { type: "category", data: ["2021", "2022"] },
      yAxis: { type: "value" },
      series: [
        {
          type: "line",
          name: "白鹭镇",
          data: [{ value: ["2021", 28], ref: { a: 1 } }, { value: ["2022", null] }],
        },
        { type: "line", id: "__band_low", name: "__band_low", data: [["2021", 3]] },
        { type: "line", name: "全县中位数", data: [{ value: ["2021", 49.25] }] },
      ],
    };
    const t = chartTable(o as unknown as ChartOption);
    expect(t.columns).toEqual(["2021", "2022"]);
    expect(t.rows.map((r) => r.header)).toEqual(["白鹭镇", "全县中位数"]);
    expect(t.rows[0]?.cells.map((c) => c?.text)).toEqual(["28", "—"]);
    expect(t.rows[0]?.cells[0]?.ref).toEqual({ a: 1 });
    expect(t.rows[1]?.cells.map((c) => c?.text ?? null)).toEqual(["49.3", null]);
  });

  it("horizontal bars: a row per township with the bar's own label; gap rows left out", () => {
    const o = {
      xAxis: { type: "value" },
      yAxis: { type: "category", data: ["西城街道", "…3个乡镇…", "龙泉镇"] },
      series: [
        {
          type: "bar",
          name: "调处纠纷数",
          label: { formatter: ((p: { data: { v: string } }) => p.data.v) as never },
          data: [{ value: 79, v: "79起", ref: {} }, { value: null }, { value: 30, v: "30余起", ref: {} }],
        },
      ],
    };
    const t = chartTable(o as unknown as ChartOption);
    expect(t.rows.map((r) => [r.header, r.cells[0]?.text])).toEqual([
      ["西城街道", "79起"],
      ["龙泉镇", "30余起"],
    ]);
  });

  it("heatmaps: rows and columns from the axes, the cell's label as its text", () => {
    const o = {
      xAxis: { type: "category", data: ["法律顾问覆盖率", "调处纠纷数"] },
      yAxis: { type: "category", name: "乡镇", data: ["白鹭镇", "桃源镇"] },
      series: [
        {
          type: "heatmap",
          data: [
            { value: [0, 1, 2], label: { formatter: "未写明" } },
            { value: [1, 0, 0], label: { formatter: "27" } },
          ],
        },
      ],
    };
    const t = chartTable(o as unknown as ChartOption);
    expect(t.corner).toBe("乡镇");
    expect(t.rows.map((r) => [r.header, ...r.cells.map((c) => c?.text ?? "")])).toEqual([
      ["白鹭镇", "", "27"],
      ["桃源镇", "未写明", ""],
    ]);
  });
});

describe("oneLine", () => {
  it.each([
    ["↻ 2021、2022\n2024", "↻ 2021、2022、2024"],
    ["↻ 2020、2021\n2023、2024", "↻ 2020、2021、2023、2024"],
    ["规范性文件\n审查不完善", "规范性文件审查不完善"],
    ["2024", "2024"],
  ])("%j reads %j in a table cell", (label, text) => {
    expect(oneLine(label)).toBe(text);
  });

  it("gives the matrix cell's years with their separator", () => {
    const table = chartTable({
      xAxis: { type: "category", data: ["普法形式单一"] },
      yAxis: { type: "category", data: ["白鹭镇"] },
      series: [{ type: "heatmap", data: [{ value: [0, 0, 3], label: { formatter: "↻ 2021、2022\n2024" } }] }],
    } as ChartOption);
    expect(table.rows[0]?.cells[0]?.text).toBe("↻ 2021、2022、2024");
  });
});
