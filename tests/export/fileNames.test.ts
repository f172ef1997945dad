import { describe, expect, it } from "vitest";
import {
  chartFileName,
  deckFileName,
  exportDate,
  sanitizeFileNamePart,
  tableFileName,
  yearsLabel,
} from "../../src/export/fileNames";

describe("sanitizeFileNamePart", () => {
  it.each([
    ["城口县", "城口县"],
    ["a/b\\c", "a_b_c"],
    ['调处:纠纷*数?"<>|', "调处_纠纷_数_____"],
    ["  多个   空格  ", "多个 空格"],
    ["结尾的点...", "结尾的点"],
    ["tab\there", "tab_here"],
    ["", "未命名"],
    ["///", "未命名"],
    ["CON", "_CON"],
    ["lpt1", "_lpt1"],
  ])("%j → %j", (input, expected) => {
    expect(sanitizeFileNamePart(input)).toBe(expected);
  });

  it("caps very long parts", () => {
    expect([...sanitizeFileNamePart("镇".repeat(200))]).toHaveLength(60);
  });
});

describe("file names", () => {
  it("uses the local date", () => {
    expect(exportDate(new Date(2024, 0, 5, 23, 59))).toBe("2024-01-05");
  });

  it.each([
    [[2023], "2023"],
    [[2024, 2022, 2023], "2022-2024"],
    [[], "全部年份"],
  ])("years %j → %s", (years, label) => {
    expect(yearsLabel(years)).toBe(label);
  });

  it("names a chart image {县}_{指标}_{年份}_{尺寸}_{导出日期}, one name per size and format", () => {
    expect(chartFileName("城口县", "法律顾问覆盖率", "2022-2024", "2024-03-01", "png")).toBe(
      "城口县_法律顾问覆盖率_2022-2024_幻灯片1920x1080_2024-03-01.png",
    );
    expect(chartFileName("示例县", "调处/化解", "2023", "2024-03-01", "svg")).toBe(
      "示例县_调处_化解_2023_矢量_2024-03-01.svg",
    );
    const names = (["slide", "screen2x", "screen3x"] as const).map((v) =>
      chartFileName("示例县", "调处纠纷数", "2023", "2024-03-01", "png", v),
    );
    expect(new Set(names).size).toBe(3);
  });

  it("marks the fictional county in table and deck names", () => {
    expect(tableFileName("示例县", "2024-03-01", "csv", true)).toBe(
      "示例县_数据表_2024-03-01_虚构示例数据.csv",
    );
    expect(tableFileName("示例县", "2024-03-01", "xlsx", true, "催报清单")).toBe(
      "示例县_催报清单_2024-03-01_虚构示例数据.xlsx",
    );
    expect(deckFileName("示例县", 2024, true)).toBe("示例县_2024_法治简报_虚构示例数据.pptx");
  });

  it("names the deck {县}_{年份}_法治简报", () => {
    expect(deckFileName("城口县", 2023)).toBe("城口县_2023_法治简报.pptx");
  });

  it("names the table {县}_数据表_{导出日期}", () => {
    expect(tableFileName("庄河市", "2024-03-01", "xlsx")).toBe("庄河市_数据表_2024-03-01.xlsx");
    expect(tableFileName("a:b", "2024-03-01", "csv")).toBe("a_b_数据表_2024-03-01.csv");
  });
});
