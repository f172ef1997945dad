import { describe, expect, it } from "vitest";
import { normalizeText, parseReportMeta } from "../../../src/extract";
import { splitAdminChain } from "../../../src/extract";

function meta(raw: string) {
  const { text, chrome } = normalizeText(raw);
  return parseReportMeta(text, chrome);
}

describe("parseReportMeta", () => {
  it.each([
    ["城口县咸宜镇人民政府2023年法治政府建设情况报告\n\n2023年以来，我镇…", "咸宜镇", "城口县", 2023],
    [
      "重庆市万州区新乡镇人民政府\n\n关于2022年度法治政府建设情况的报告\n\n现将2022年…",
      "新乡镇",
      "万州区",
      2022,
    ],
    [
      " 太平岭满族乡2023年法治政府建设情况报告\n中共庄河市委员会：\n2023年，太平岭乡…",
      "太平岭满族乡",
      "庄河市",
      2023,
    ],
    ["鲁山县下汤镇人民政府\n关于2024年法治政府建设情况的报告\n\n2024年以来…", "下汤镇", "鲁山县", 2024],
    [
      "中共阳光街道工作委员会\n阳光街道办事处2024年度法治政府建设情况报告\n区委依法治区办：",
      "阳光街道",
      null,
      2024,
    ],
    ["关于城南县柳溪乡2023年法治政府建设工作的报告\n城南县人民政府：", "柳溪乡", "城南县", 2023],
    ["民族团结乡人民政府2022年法治建设工作总结\n本乡…", "民族团结乡", null, 2022],
    ["某某镇2023年工作总结和2024年工作计划\n", "某某镇", null, 2023],
    [
      "2023年法治政府建设年度报告\n今年以来，成立以镇党委书记为组长的领导小组。按照石门县委要求，石门县司法局指导。\n许家镇人民政府\n2024年1月5日",
      "许家镇",
      "石门县",
      2023,
    ],
    [
      "法治政府建设工作报告\n2023年以来，坚持县委部署。\n中共龙潭镇委员会\n龙潭镇人民政府",
      "龙潭镇",
      null,
      2023,
    ],
  ])("%s", (raw, township, county, year) => {
    expect(meta(raw)).toEqual({ township, county, year });
  });

  it("reads the title of a saved web page, not its publication date", () => {
    const raw = [
      "蒙城县许疃镇",
      "发布时间:2024-01-10 11:06 信息来源:蒙城县许疃镇 浏览次数: 字体:[ ]",
      "中共蒙城县许疃镇委员会 许疃镇人民政府关于2023年度法治政府建设情况的报告",
      "中共蒙城县委、蒙城县人民政府:",
    ].join("\n");
    expect(meta(raw)).toEqual({ township: "许疃镇", county: "蒙城县", year: 2023 });
  });

  it("falls back to the file name only when the text never says", () => {
    expect(parseReportMeta("正文没有标题。", [], "城南县柳溪镇2023年报告.docx")).toEqual({
      township: "柳溪镇",
      county: "城南县",
      year: 2023,
    });
    expect(
      parseReportMeta("某镇人民政府关于2022年度法治政府建设情况的报告", [], "2024-柳溪镇.txt"),
    ).toMatchObject({
      year: 2022,
    });
  });

  it("falls back to the 名称 line of the chrome", () => {
    const raw = "名称: 城南县柳溪镇关于2023年度法治政府建设情况的报告\n正文。";
    expect(meta(raw)).toMatchObject({ township: "柳溪镇", county: "城南县", year: 2023 });
  });
});

describe("splitAdminChain", () => {
  it.each([
    ["重庆市万州区新乡镇", ["重庆市", "万州区"], "新乡镇"],
    ["城口县咸宜镇", ["城口县"], "咸宜镇"],
    ["新市镇", [], "新市镇"],
    ["城区街道", [], "城区街道"],
    ["中共蒙城县许疃镇", ["蒙城县"], "许疃镇"],
  ])("%s", (name, units, township) => {
    expect(splitAdminChain(name)).toEqual({ units, township });
  });
});
