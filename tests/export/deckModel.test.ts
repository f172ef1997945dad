import { describe, expect, it } from "vitest";
import {
  buildDeckModel,
  excerpt,
  TABLE_ROWS_PER_SLIDE,
  yearList,
  type DeckSlide,
} from "../../src/export/deckModel";
import { COUNTY, fixtureReports } from "./fixture";
import type { StoredReport } from "../../src/domain";

const input = { reports: fixtureReports, county: COUNTY, year: 2024, fictional: true, date: "2025-01-15" };

const titles = (slides: DeckSlide[]) => slides.map((s) => `${s.kind}:${s.title}`);

describe("buildDeckModel", () => {
  const model = buildDeckModel(input);

  it("lists the slides in briefing order", () => {
    expect(titles(model.slides)).toEqual([
      "cover:测试县2024年法治政府建设情况简报",
      "overview:2024年概览",
      "chart:法律顾问覆盖率：2024年各乡镇排名",
      "chart:法律顾问覆盖率：各乡镇历年变化",
      "chart:调处纠纷数：2024年各乡镇排名",
      "chart:调处纠纷数：各乡镇历年变化",
      "chart:调解成功率：2024年各乡镇排名",
      "chart:调解成功率：各乡镇历年变化",
      "chart:普法活动场次：2024年各乡镇排名",
      "chart:普法活动场次：各乡镇历年变化",
      "table:2024年缺少关键指标的乡镇",
      "table:反复出现的问题（两年及以上）",
      "table:附表1：2024年各乡镇全部指标",
      "table:附表2：2024年各乡镇全部指标",
    ]);
  });

  it("marks the fictional county and carries the source line", () => {
    expect(model.fictional).toBe(true);
    expect(model.source).toBe("数据来源：各乡镇法治政府建设情况报告，自动提取，2025-01-15导出");
    expect(model.slides[0]).toMatchObject({ kind: "cover", note: "2025-01-15导出 · 虚构示例数据" });
  });

  it("puts a computed finding on every chart slide", () => {
    const charts = model.slides.filter((s) => s.kind === "chart");
    expect(charts[0]?.finding).toContain("6个乡镇中有2个未写明法律顾问覆盖率");
    for (const s of charts) expect(s.finding).toMatch(/。$/);
    const trend = charts[1];
    expect(trend?.kind === "chart" && trend.chart.type === "trend" && trend.chart.vm.years).toEqual([
      2022, 2023, 2024,
    ]);
  });

  it("lists only townships missing a key indicator, naming each gap", () => {
    const s = model.slides[10];
    expect(s?.kind === "table" && s.header).toEqual([
      "乡镇",
      "法律顾问覆盖率",
      "调处纠纷数",
      "调解成功率",
      "普法活动场次",
    ]);
    expect(s?.kind === "table" && s.rows).toEqual([
      ["丙乡", "未写明", "约25起", "88%", "6场次"],
      ["丁镇", "无报告", "无报告", "无报告", "无报告"],
      ["乙镇", "95%", "70余起", "未写明", "15场次"],
    ]);
  });

  it("tables recurring shortcomings as text", () => {
    const s = model.slides[11];
    expect(s?.kind === "table" && s.rows).toEqual([
      ["甲镇", "普法形式单一", "2022—2024", "普法宣传覆盖面不够广，针对性不强。"],
      ["乙镇", "法治队伍薄弱", "2022、2024", "法治队伍建设需加强。"],
    ]);
  });

  it("writes every figure of the year in the appendix, gaps as —", () => {
    const [a, b] = model.slides.slice(12) as Extract<DeckSlide, { kind: "table" }>[];
    expect(a?.header).toHaveLength(9);
    expect(b?.header).toHaveLength(8);
    const jia = a?.rows.find((r) => r[0] === "甲镇");
    expect(jia).toEqual(["甲镇", "100%", "14个", "60起", "—", "98%", "20场次", "—", "—"]);
    const jiaB = b?.rows.find((r) => r[0] === "甲镇");
    expect(jiaB?.[6]).toBe("0件");
  });

  it("splits long tables over slides of at most TABLE_ROWS_PER_SLIDE rows", () => {
    const many: StoredReport[] = Array.from({ length: 23 }, (_, i) => ({
      ...fixtureReports[0]!,
      id: `t${i}`,
      township: `第${String(i + 1).padStart(2, "0")}镇`,
      year: 2024,
    }));
    const m = buildDeckModel({ ...input, reports: many });
    const appendix = m.slides.filter((s) => s.title.startsWith("附表1"));
    expect(appendix.map((s) => s.title)).toEqual([
      "附表1：2024年各乡镇全部指标（1/3）",
      "附表1：2024年各乡镇全部指标（2/3）",
      "附表1：2024年各乡镇全部指标（3/3）",
    ]);
    const sizes = appendix.map((s) => (s.kind === "table" ? s.rows.length : 0));
    expect(sizes).toEqual([TABLE_ROWS_PER_SLIDE, TABLE_ROWS_PER_SLIDE, 3]);
    const second = appendix[1];
    expect(second?.kind === "table" && second.finding).toMatch(/（续）。$/);
  });

  it.each([
    [[2022, 2024], "2022、2024"],
    [[2021, 2022, 2023, 2024], "2021—2024"],
    [[2019, 2021, 2022, 2023, 2025, 2026], "2019、2021—2023、2025、2026"],
  ])("writes years %j as %s", (years, text) => {
    expect(yearList(years)).toBe(text);
  });

  it("cuts long shortcoming text for a table cell", () => {
    expect(excerpt("一二三四五六七八九十", 5)).toBe("一二三四…");
    expect(excerpt("短 句", 5)).toBe("短句");
  });
});
