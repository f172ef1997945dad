import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { scopeOf } from "../../src/derive";
import { chaseListOf, chaseSummary, chaseYearText } from "../../src/export/chaseList";
import { toSheet } from "../../src/export/sheet";
import { workbookSheets, figuresSheet } from "../../src/export/workbook";
import { sheetsToXlsx } from "../../src/export/xlsx";
import { COUNTY, fixtureReports } from "./fixture";

const scope = scopeOf(fixtureReports, COUNTY);
const ctx = { scope, county: COUNTY, datasetLabel: "测试", fictional: false, date: "2024-03-01" };

describe("催报 list", () => {
  const list = chaseListOf(scope);

  it("lists only townships with a gap, most gaps first, each year named", () => {
    expect(list.map((e) => e.label)).not.toContain("甲镇");
    // 丙乡 misses 3 key indicators in 2022, 2 in 2023, 1 in 2024; 己镇 has no 2022/2023 report (8).
    const gaps = Object.fromEntries(list.map((e) => [e.label, e.gaps]));
    expect(gaps["己镇"]).toBe(8);
    expect(gaps["丙乡"]).toBe(6);
    expect(list.map((e) => e.gaps)).toEqual([...list.map((e) => e.gaps)].sort((a, b) => b - a));
    const bing = list.find((e) => e.label === "丙乡")!;
    expect(bing.years.map((y) => y.year)).toEqual([2022, 2023, 2024]);
    expect(chaseYearText(bing.years[2]!)).toBe("2024年：未写明法律顾问覆盖率");
  });

  it("says a year without a report as such, and sums per township", () => {
    const ding = list.find((e) => e.label === "丁镇")!;
    expect(ding.years).toEqual([expect.objectContaining({ year: 2024, kind: "no_report" })]);
    expect(chaseSummary(ding)).toBe("丁镇2024年未报送");
    expect(chaseSummary(list.find((e) => e.label === "丙乡")!)).toBe("丙乡缺6项");
  });
});

describe("data workbook", () => {
  it("has a sheet per table plus the description, header first", async () => {
    const sheets = [
      toSheet({ columns: [], rows: [] }, { fictional: true }),
      ...workbookSheets({ ...ctx, fictional: true }),
    ];
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await sheetsToXlsx(sheets));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "数据表（虚构）",
      "原文依据",
      "存在问题",
      "缺项清单",
      "说明",
    ]);
    const about = wb.getWorksheet("说明")!;
    const aboutText = about.getSheetValues().flat().join(" ");
    expect(aboutText).toContain("2024-03-01");
    expect(aboutText).toContain("虚构示例数据");
    // The table sheet lists reports; where the township-years without one went is said.
    expect(aboutText).toContain("未交报告的乡镇年度");
    expect(aboutText).toContain("缺项清单");
    const chase = wb.getWorksheet("缺项清单")!;
    expect(chase.getCell("A1").value).toBe("乡镇");
    expect(chase.getCell("A2").value).toBe("己镇");
    const problems = wb.getWorksheet("存在问题")!;
    expect(problems.getSheetValues().flat()).toContain("普法宣传覆盖面不够广，针对性不强。");
  });

  it("lists every figure with its source sentence, markers and an empty review column", () => {
    const sheet = figuresSheet({
      ...ctx,
      reviewOf: (id, ind) => (id === "2024-测试县-乙镇" && ind === "disputes_handled" ? "已核对" : null),
    });
    const h = sheet.columns.map((c) => c.header);
    expect(h).toEqual(["乡镇", "年度", "指标", "数值", "单位", "约数", "来源", "原文句子", "审核状态"]);
    const yi = sheet.rows.find((r) => r[0] === "乙镇" && r[1] === 2024 && r[2] === "矛盾纠纷调处（受理）数")!;
    expect(yi[3]).toBe(70);
    expect(yi[5]).toBe("至少");
    expect(yi[8]).toBe("已核对");
    expect(sheet.rows.filter((r) => r[8] !== null)).toHaveLength(1);
  });
});
