import { describe, expect, it } from "vitest";
import { extractReport, hintsFromFileName, normalizeText, parseReportMeta } from "../../../src/extract";
import { countyOf, isCountyName, splitAdminChain } from "../../../src/extract";

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
    // The county written before the township on an organisation line, a signature or a chain.
    [
      "关于2023年度法治政府建设工作情况的报告\n（庐江县城关镇人民政府）\n2023年，城关镇在县委、县政府的正确领导下…",
      "城关镇",
      "庐江县",
      2023,
    ],
    [
      "红岩镇2022年度法治政府建设情况报告\n2022年，红岩镇在县委的领导下…\n云阳县红岩镇人民政府\n2023年1月10日",
      "红岩镇",
      "云阳县",
      2022,
    ],
    ["安徽省合肥市庐江县白山镇2023年法治政府建设情况报告\n", "白山镇", "庐江县", 2023],
    ["石柱土家族自治县中益乡2023年法治政府建设情况报告\n", "中益乡", "石柱土家族自治县", 2023],
    [
      "示例县枫林瑶族乡2023年法治政府建设情况报告\n根据县委全面依法治县委员会办公室要求…",
      "枫林瑶族乡",
      "示例县",
      2023,
    ],
    ["阿鲁科尔沁旗巴彦花镇2023年法治政府建设工作报告\n", "巴彦花镇", "阿鲁科尔沁旗", 2023],
    [
      "巴彦塔拉苏木2024年法治政府建设情况报告\n2024年，我苏木在旗委、旗政府领导下…",
      "巴彦塔拉苏木",
      null,
      2024,
    ],
    ["2023年青山镇法治政府建设情况报告\n正文。", "青山镇", null, 2023],
    ["关于报送青山镇2023年法治政府建设年度报告的函\n", "青山镇", null, 2023],
    // Sentences that only look like "X县委": never a county.
    [
      "关于滨河街道2023年度法治政府建设情况的报告\n区委依法治区办：\n2023年，滨河街道党工委、办事处在区委、区政府的正确领导下…",
      "滨河街道",
      null,
      2023,
    ],
    [
      "枫林乡2024年法治政府建设情况报告\n2024年以来，我乡紧紧围绕县委、县政府关于法治建设的决策部署…",
      "枫林乡",
      null,
      2024,
    ],
    ["柳溪乡2023年法治政府建设情况报告\n2023年，我乡在县委、县政府的坚强领导下…", "柳溪乡", null, 2023],
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

  it("never reads the file name: what the text does not say stays null (CONTRACT §1)", () => {
    expect(parseReportMeta("正文没有标题。", [])).toEqual({ township: null, county: null, year: null });
    const r = extractReport("正文没有标题。全年开展普法宣传活动12场。", "城南县柳溪镇2023年报告.docx");
    expect([r.township, r.county, r.year]).toEqual([null, null, null]);
    const named = extractReport("某镇人民政府关于2022年度法治政府建设情况的报告", "2024-柳溪镇.txt");
    expect([named.township, named.year]).toEqual([null, 2022]);
  });

  it("offers what a file name suggests as a separate hint", () => {
    expect(hintsFromFileName("报告/城南县柳溪镇2023年报告.docx")).toEqual({
      township: "柳溪镇",
      county: "城南县",
      year: 2023,
    });
    expect(hintsFromFileName("2024-柳溪镇.txt")).toEqual({ township: "柳溪镇", county: null, year: 2024 });
    expect(hintsFromFileName("报告.txt")).toEqual({ township: null, county: null, year: null });
  });

  it.each([
    ["2023年柳溪镇法治政府建设情况报告.txt", "柳溪镇", null, 2023],
    ["城南县2023年度柳溪镇法治政府建设工作报告.docx", "柳溪镇", "城南县", 2023],
    ["关于柳溪镇2022年度法治政府建设情况的报告.pdf", "柳溪镇", null, 2022],
    ["关于2024年度法治政府建设情况的报告.txt", null, null, 2024],
  ])("reads a file name that starts with a year or 关于: %s", (file, township, county, year) => {
    expect(hintsFromFileName(file)).toEqual({ township, county, year });
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
    ["示例县枫林瑶族乡", ["示例县"], "枫林瑶族乡"],
    ["普格县洛乌沟彝族乡", ["普格县"], "洛乌沟彝族乡"],
  ])("%s", (name, units, township) => {
    expect(splitAdminChain(name)).toEqual({ units, township });
  });
});

describe("county names", () => {
  it.each(["城口县", "万州区", "庄河市", "沛县", "香格里拉市", "石柱土家族自治县", "阿鲁科尔沁旗", "全椒县"])(
    "%s is a name",
    (name) => expect(isCountyName(name)).toBe(true),
  );
  it.each([
    "根据县",
    "紧紧围绕县",
    "我乡在县",
    "办事处在区",
    "城关镇在县",
    "区委依法治区",
    "全县",
    "辖区",
    "全面依法治县",
    "现将云阳县",
  ])("%s is not", (name) => expect(isCountyName(name)).toBe(false));
  it.each([
    ["安徽省庐江县", "庐江县"],
    ["六安市金安区", "金安区"],
    ["按照石门县", "石门县"],
    ["紧紧围绕县", null],
  ])("the county of the chain %s is %s", (chain, county) => expect(countyOf(chain)).toBe(county));
});
