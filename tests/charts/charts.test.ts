import { describe, expect, it } from "vitest";
import {
  byIndicatorOption,
  byYearOption,
  byYearStackOption,
  escapeHtml,
  frameOption,
  FICTIONAL_MARK,
  matrixOption,
  rankingOption,
  STATUS_ORDER,
  theme,
  trendsOption,
  yearsText,
  matrixLabel,
  type ChartOption,
  type CompletenessDatum,
  type MatrixDatum,
  type RankDatum,
  type StackDatum,
  type TipParams,
  type TrendDatum,
} from "../../src/charts";
import { completenessOf, rankingOf, scopeOf, shortcomingsOf, trendsOf } from "../../src/derive";
import { demoReports, EVIL_NAME, sampleReports } from "../fixtures/dashboard";

const demo = scopeOf(demoReports, "示例县");
const k = (n: string) => `示例县/${n}`;
type AnySeries = {
  id?: string;
  name?: string;
  data?: unknown[];
  connectNulls?: boolean;
  [key: string]: unknown;
};
const seriesOf = (o: ChartOption) => o.series as AnySeries[];
const tip = (o: ChartOption) =>
  (o.tooltip as { formatter: (p: TipParams | TipParams[]) => string }).formatter;

describe("escapeHtml", () => {
  it("neutralises markup from report text", () => {
    expect(escapeHtml('<img src=x onerror="alert(1)">')).toBe(
      "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;",
    );
    expect(escapeHtml("a & b ' `")).toBe("a &amp; b &#39; &#96;");
    expect(escapeHtml(undefined)).toBe("");
  });
});

describe("trendsOption", () => {
  const vm = trendsOf(demo, {
    indicator: "disputes_handled",
    townships: null,
    years: null,
    mode: "absolute",
    highlight: k("许疃镇"),
  });
  const opt = trendsOption(vm);
  const xt = seriesOf(opt).find((s) => s.id === k("许疃镇"));

  it("emits null for a year without a figure, never 0, and does not connect over it", () => {
    expect((xt?.data as TrendDatum[]).map((d) => d.value)).toEqual([
      ["2021", 30],
      ["2022", null],
      ["2023", 40],
      ["2024", 45],
    ]);
    expect(seriesOf(opt).every((s) => s.connectNulls === false)).toBe(true);
  });

  it("a stated zero is drawn as 0", () => {
    const hk = seriesOf(opt).find((s) => s.id === k("河口乡"));
    expect((hk?.data as TrendDatum[]).map((d) => d.value[1])).toEqual([20, null, 26, 0]);
  });

  it("marks approximate figures with a hollow symbol and says so in the tooltip", () => {
    const first = (xt?.data as TrendDatum[])[0] as TrendDatum;
    expect(first.symbol).toBe("emptyCircle");
    const html = tip(opt)({ dataIndex: 0, data: first, seriesName: "许疃镇" });
    expect(html).toContain("30余起");
    expect(html).toContain("至少（约数）");
  });

  it("highlights one township and greys the rest", () => {
    const others = seriesOf(opt).filter((s) => s.id !== k("许疃镇") && s.id !== "__median");
    expect((xt?.lineStyle as { color: string }).color).toBe(theme.accent);
    expect(others.every((s) => (s.lineStyle as { color: string }).color === theme.dimmed)).toBe(true);
  });

  it("draws the county median as a dashed reference series", () => {
    const m = seriesOf(opt).find((s) => s.id === "__median");
    expect(m).toMatchObject({ name: "全县中位数", lineStyle: { type: "dashed" } });
    expect((m?.data as { value: [string, number | null] }[]).map((d) => d.value[1])).toEqual([
      30, 60, 33, 28.5,
    ]);
  });

  it("escapes a township name in the tooltip", () => {
    const evil = seriesOf(opt).find((s) => s.id === k(EVIL_NAME));
    const d = (evil?.data as TrendDatum[])[2] as TrendDatum;
    const html = tip(opt)({ dataIndex: 2, data: d });
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;镇");
  });

  it("across several counties the reference line is not called a county median", () => {
    const multi = trendsOption(
      trendsOf(scopeOf(sampleReports, null), {
        indicator: "disputes_handled",
        townships: null,
        years: null,
        mode: "absolute",
        highlight: null,
      }),
    );
    expect(seriesOf(multi).at(-1)?.name).toBe("中位数");
  });

  it("relative mode plots change in % and names the axis accordingly", () => {
    const rel = trendsOption({
      ...vm,
      ...trendsOf(demo, {
        ...vm,
        indicator: "disputes_handled",
        townships: [k("城关镇")],
        years: null,
        mode: "relative",
        highlight: null,
      }),
    });
    expect((seriesOf(rel)[0]?.data as TrendDatum[]).map((d) => d.value[1])).toEqual([0, 20, 10, 44]);
    expect((rel.yAxis as { name: string }).name).toBe("较首个年度变化（%）");
  });
});

describe("rankingOption", () => {
  const vm = rankingOf(demo, "disputes_handled", 2024, k("城关镇"));
  const opt = rankingOption(vm);
  const bars = seriesOf(opt)[0] as AnySeries;

  it("sorts townships highest first with the change from the previous year", () => {
    expect((opt.yAxis as { data: string[] }).data).toEqual(["城关镇", "许疃镇", EVIL_NAME, "河口乡"]);
    const label = (bars.label as { formatter: (p: TipParams) => string }).formatter;
    expect(label({ dataIndex: 0, data: (bars.data as RankDatum[])[0] })).toBe("72起（+17起）");
    expect(label({ dataIndex: 3, data: (bars.data as RankDatum[])[3] })).toBe("0起（−26起）");
  });

  it("draws the median as a reference line", () => {
    expect(bars.markLine).toMatchObject({ data: [{ xAxis: 28.5 }], lineStyle: { type: "dashed" } });
  });

  it("highlight: one bar in the accent colour, the rest greyed; approx bars are hollow", () => {
    const data = bars.data as RankDatum[];
    expect(data[0]?.itemStyle.color).toBe(theme.accent);
    expect(data.slice(1).every((d) => d.itemStyle.borderColor === theme.dimmed)).toBe(true);
    const approx = rankingOption(rankingOf(demo, "disputes_handled", 2021));
    const xt = ((seriesOf(approx)[0] as AnySeries).data as RankDatum[]).find((d) => d.bar.label === "许疃镇");
    expect(xt?.itemStyle).toMatchObject({ color: "#ffffff", borderWidth: 2 });
  });

  it("carries the report id for the evidence panel", () => {
    expect((bars.data as RankDatum[])[0]?.ref).toEqual({
      township: k("城关镇"),
      year: 2024,
      reportId: "2024-示例县-城关镇",
      indicator: "disputes_handled",
    });
  });
});

describe("completeness options", () => {
  it("marks 太平岭满族乡 as not stating legal_advisor_coverage_pct", () => {
    const vm = completenessOf(scopeOf(sampleReports, null), 2023);
    const opt = byIndicatorOption(vm);
    const data = (seriesOf(opt)[0]?.data ?? []) as CompletenessDatum[];
    const rows = (opt.yAxis as { data: string[] }).data;
    const cell = data.find((d) => rows[d.value[1]] === "太平岭满族乡" && d.value[0] === 0);
    expect(cell?.value[2]).toBe(STATUS_ORDER.indexOf("absent"));
    expect(cell?.label.formatter).toBe("未写明");
    expect(cell?.ref).toMatchObject({
      reportId: "2023-庄河市-太平岭满族乡",
      indicator: "legal_advisor_coverage_pct",
    });
    const noReport = data.find((d) => rows[d.value[1]] === "新乡镇");
    expect(noReport?.label.formatter).toBe("未报送");
  });

  it("township × year shows how many key indicators each report states", () => {
    const opt = byYearOption(completenessOf(demo, 2024));
    const rows = (opt.yAxis as { data: string[] }).data;
    const xt = ((seriesOf(opt)[0]?.data ?? []) as CompletenessDatum[]).filter(
      (d) => rows[d.value[1]] === "许疃镇",
    );
    expect(xt.map((d) => [d.value[2], d.label.formatter])).toEqual([
      [3, "3/4"],
      [-1, "未报送"],
      [3, "3/4"],
      [4, "4/4"],
    ]);
    const html = tip(opt)({ dataIndex: 0, data: xt[0] });
    expect(html).toContain("未写明：调解成功率");
  });
});

describe("shortcomings options", () => {
  const vm = shortcomingsOf(demo);
  it("names the years of a cell: a run as a range, others listed", () => {
    expect(yearsText([2023, 2021])).toBe("2021、2023");
    expect(yearsText([2021, 2022, 2023])).toBe("2021–2023");
    expect(yearsText([2021, 2022, 2024])).toBe("2021、2022、2024");
    expect(yearsText([])).toBe("");
  });
  it("keeps a cell's label inside its cell: three or more separate years go two to a line", () => {
    const label = (years: number[]) =>
      matrixLabel({
        township: "甲镇",
        category: "publicity_form",
        years,
        recurring: years.length > 1,
        items: [],
      });
    expect(label([2021, 2022, 2024])).toBe("↻ 2021、2022\n2024");
    expect(label([2021, 2023])).toBe("↻ 2021、2023");
    expect(label([2021, 2022, 2023])).toBe("↻ 2021–2023");
    expect(label([2022])).toBe("2022");
  });
  it("stacks category counts by year; the axis says it counts township × category pairs", () => {
    const opt = byYearStackOption(vm);
    expect((opt.yAxis as { name?: string }).name).toContain("乡镇×类别");
    const pf = seriesOf(opt).find((s) => s.id === "publicity_form");
    expect(pf).toMatchObject({ stack: "total", name: "普法形式单一" });
    const data = pf?.data as StackDatum[];
    expect(data.map((d) => d.value)).toEqual([1, 1, 0, 1]);
    // A click on a segment names the category and year, for the list of items behind the count.
    expect(data[1]?.ref).toEqual({ category: "publicity_form", year: 2022 });
  });
  it("marks recurring cells and lists the years; tooltips escape item text", () => {
    const opt = matrixOption(vm);
    const data = (seriesOf(opt)[0]?.data ?? []) as MatrixDatum[];
    const cg = data.find((d) => d.cell.township === k("城关镇") && d.cell.category === "publicity_form");
    // The cell names the years, not only how many (↻ 2021、2022、2024 rather than ↻3年).
    expect(cg?.label.formatter).toBe(cg && matrixLabel(cg.cell));
    expect(cg?.cell.years).toHaveLength(3);
    for (const y of cg?.cell.years ?? []) expect(cg?.label.formatter).toMatch(new RegExp(`${y}|–`));
    expect(cg?.value[2]).toBe(3);
    const evil = data.find((d) => d.cell.township === k(EVIL_NAME));
    const html = tip(opt)({ dataIndex: 0, data: evil });
    expect(html).toContain("&lt;b&gt;其他&lt;/b&gt;问题");
    expect(html).not.toMatch(/<img|<b>/);
  });
});

describe("frameOption", () => {
  const base = trendsOption(
    trendsOf(demo, {
      indicator: "disputes_handled",
      townships: null,
      years: null,
      mode: "absolute",
      highlight: null,
    }),
  );
  const framed = frameOption(
    base,
    { title: "标题", subtitle: "副标题", source: "来源：测试", fictional: true },
    { width: 900, height: 500 },
  );

  it("adds the title, subtitle, source line and the fictional mark", () => {
    expect(framed.title).toMatchObject({ text: "标题", subtext: "副标题" });
    const texts = (framed.graphic as { style: { text: string } }[]).map((g) => g.style.text);
    expect(texts).toEqual(["来源：测试", FICTIONAL_MARK]);
  });

  it("moves the plot clear of the header and footer", () => {
    const g = framed.grid as { top: number; bottom: number };
    expect(g.top).toBeGreaterThan((base.grid as { top: number }).top + 40);
    expect(g.bottom).toBe((base.grid as { bottom: number }).bottom + 30);
    expect((framed.legend as { bottom: number }).bottom).toBe(34);
  });

  it("real data carries no fictional mark; the builders' option is not mutated", () => {
    const real = frameOption(
      base,
      { title: "t", source: "s", fictional: false },
      { width: 900, height: 500 },
    );
    expect((real.graphic as unknown[]).length).toBe(1);
    expect((base.grid as { top: number }).top).toBe(40);
  });
});
