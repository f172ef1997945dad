import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDataset, serializeDataset } from "../../src/data";
import { datasetJson, report } from "./fixtures";

const withReport = (patch: (r: Record<string, unknown>) => void) => {
  const r = structuredClone(report()) as unknown as Record<string, unknown>;
  patch(r);
  return datasetJson([r]);
};
const firstIndicator = (r: Record<string, unknown>) => (r.indicators as Record<string, unknown>[])[0] as Record<string, unknown>;

const DIVISION = {
  code: "500229110",
  township: "咸宜镇",
  county: "城口县",
  countyCode: "500229",
  city: "重庆市",
  province: "重庆市",
  basis: "stated",
};

describe("parseDataset accepts", () => {
  it("a well-formed data set and keeps its meta", () => {
    const parsed = parseDataset(datasetJson());
    expect(parsed).toEqual({ ok: true, data: { id: "test", label: "测试", fictional: false, reports: [report()] } });
  });

  it("what serializeDataset writes (round trip)", () => {
    const data = { id: "demo", label: "示例县", fictional: true, reports: [report(), report({ id: "b", derivedNote: 1 } as never)] };
    const parsed = parseDataset(JSON.parse(serializeDataset(data)));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.data.reports[1]).not.toHaveProperty("derivedNote");
  });

  it("an error record without indicators", () => {
    const r = report({ indicators: [], shortcomings: [], text: "", error: "《x.pdf》：暂不支持 PDF 文件" });
    expect(parseDataset(datasetJson([r])).ok).toBe(true);
  });

  it("a file without label and fictional (defaults: its id, not fictional)", () => {
    const json = { schemaVersion: 1, dataset: "samples", reports: [] };
    expect(parseDataset(json)).toEqual({ ok: true, data: { id: "samples", label: "samples", fictional: false, reports: [] } });
  });

  it("a report whose text never names its township (null), and reads a revision-1 empty name as null", () => {
    expect(parseDataset(datasetJson([report({ township: null })]))).toMatchObject({
      ok: true,
      data: { reports: [{ township: null }] },
    });
    const old = parseDataset(datasetJson([{ ...report(), township: "" }]));
    expect(old.ok && old.data.reports[0]?.township).toBeNull();
  });

  it("a division (CONTRACT §1a), kept field by field through a round trip", () => {
    const division = {
      code: "500229110",
      township: "咸宜镇",
      county: "城口县",
      countyCode: "500229",
      city: "重庆市",
      province: "重庆市",
      basis: "stated" as const,
    };
    const data = { id: "x", label: "x", fictional: false, reports: [report({ division })] };
    const parsed = parseDataset(JSON.parse(serializeDataset(data)));
    expect(parsed.ok && parsed.data.reports[0]?.division).toEqual(division);
  });

  it.each(["data/extracted/reports.json", "data/demo/extracted/reports.json"])("the committed %s", (path) => {
    expect(parseDataset(JSON.parse(readFileSync(path, "utf8"))).ok).toBe(true);
  });
});

describe("parseDataset refuses, saying where", () => {
  it.each<[string, unknown, RegExp]>([
    ["not an object", [], /数据集 应为对象/],
    ["null", null, /数据集 应为对象/],
    ["no schemaVersion", { dataset: "x", reports: [] }, /缺少 schemaVersion/],
    ["a newer schema version", datasetJson([], { schemaVersion: 2 }), /版本为 2.*只支持到版本 1/],
    ["a version that is not an integer", datasetJson([], { schemaVersion: "1" }), /schemaVersion 应为整数/],
    ["an empty dataset id", datasetJson([], { dataset: " " }), /dataset 不能为空/],
    ["fictional that is not a boolean", datasetJson([], { fictional: "yes" }), /fictional 应为 true 或 false/],
    ["reports that are not a list", datasetJson([], { reports: {} }), /reports 应为数组/],
    ["a report without id", withReport((r) => delete r.id), /reports\[0\]\.id 应为字符串/],
    ["a year as text", withReport((r) => (r.year = "2023")), /reports\[0\]\.year 应为整数/],
    ["an implausible year", withReport((r) => (r.year = 20239)), /不是合理的年份：20239/],
    ["county undefined", withReport((r) => delete r.county), /county 应为字符串/],
    ["an unknown indicator", withReport((r) => (firstIndicator(r).id = "gdp")), /indicators\[0\]\.id 的取值 "gdp"/],
    ["a value that is not a number", withReport((r) => (firstIndicator(r).value = "70")), /value 应为数字/],
    ["a NaN value (JSON cannot carry it, code can)", withReport((r) => (firstIndicator(r).value = NaN)), /value 应为数字/],
    ["a wrong approx", withReport((r) => (firstIndicator(r).approx = "roughly")), /approx 的取值/],
    ["a wrong basis", withReport((r) => (firstIndicator(r).basis = "guessed")), /basis 的取值/],
    [
      "evidence beyond the text",
      withReport((r) => (firstIndicator(r).evidence = { start: 10, end: 9999, text: "x" })),
      /evidence 的偏移 10–9999 超出正文范围/,
    ],
    [
      "evidence that ends before it starts",
      withReport((r) => (firstIndicator(r).evidence = { start: 10, end: 5, text: "" })),
      /超出正文范围/,
    ],
    [
      "evidence whose text is not the span",
      withReport((r) => ((firstIndicator(r).evidence as Record<string, unknown>).text = "调处矛盾纠纷80余起")),
      /evidence 的原文与正文第 \d+–\d+ 字不符/,
    ],
    [
      "fractional offsets",
      withReport((r) => ((firstIndicator(r).evidence as Record<string, unknown>).start = 1.5)),
      /evidence\.start 应为整数/,
    ],
    [
      "an unknown shortcoming category",
      withReport((r) => ((r.shortcomings as Record<string, unknown>[])[0]!.category = "weather")),
      /shortcomings\[0\]\.category/,
    ],
    ["a non-key id in missing", withReport((r) => (r.missing = ["petitions"])), /missing\[0\]/],
    ["a report without text", withReport((r) => delete r.text), /reports\[0\]\.text 应为字符串/],
    [
      "an error record that still has indicators",
      withReport((r) => (r.error = "读取失败")),
      /标记为读取失败（error），却带有指标/,
    ],
    ["a township that is a number", withReport((r) => (r.township = 7)), /reports\[0\]\.township 应为字符串/],
    [
      "a division with a short code",
      withReport((r) => (r.division = { ...DIVISION, code: "5002291" })),
      /division\.code 应为9位数字/,
    ],
    [
      "a division whose code is not under its county",
      withReport((r) => (r.division = { ...DIVISION, countyCode: "500230" })),
      /不在县级代码 500230 之下/,
    ],
    [
      "a division with an unknown basis",
      withReport((r) => (r.division = { ...DIVISION, basis: "guessed" })),
      /division\.basis 的取值/,
    ],
    ["a division without a province", withReport((r) => (r.division = { ...DIVISION, province: "" })), /province 不能为空/],
    ["two reports with one id", datasetJson([report(), report()]), /报告ID重复：2023-示例县-青石镇/],
  ])("%s", (_name, json, reason) => {
    const parsed = parseDataset(json);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.reason).toMatch(/^数据集格式错误：/);
      expect(parsed.reason).toMatch(reason);
    }
  });
});
