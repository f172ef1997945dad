// Metadata as reports write it: where the township, the county and the year stand, what is not a
// name, and the division the list gives. Each row is a phrasing, not one report's text.
import { describe, expect, it } from "vitest";
import { normalizeText, parseReportMeta } from "../../../src/extract";
import { readDivisions } from "../../../src/geo/node";

const divisions = readDivisions();
const meta = (raw: string, withList = true) => {
  const { text, chrome } = normalizeText(raw);
  return parseReportMeta(text, chrome, withList ? divisions : undefined);
};
const BODY = "\n一、主要举措和成效\n（一）加强组织领导。坚持把法治建设摆在重要位置。";

describe("township: where reports name it", () => {
  it.each<[string, string, string | null]>([
    [
      "title with the county before it",
      "滑县万古镇人民政府关于2025年法治政府建设情况的报告" + BODY,
      "万古镇",
    ],
    ["title without 人民政府", "荔湖街2022年法治政府建设年度报告" + BODY, "荔湖街"],
    ["title with 办事处", "北城街街道办事处2025年法治政府建设年度报告" + BODY, "北城街街道"],
    [
      "opening: the year, then the township",
      "2024年，鹤龙街坚持以习近平新时代中国特色社会主义思想为指导。" + BODY,
      "鹤龙街",
    ],
    [
      "opening: after 在…领导下",
      "2022年，在区委、区政府的坚强领导下，东城街道深入学习贯彻习近平法治思想。" + BODY,
      "东城街道",
    ],
    [
      "opening with a spaced year",
      "2025 年，大桥江乡在县委、县政府的坚强有力领导下，扎实推进。" + BODY,
      "大桥江乡",
    ],
    [
      "opening: 现将某某镇…报告如下",
      "2025年以来，在县委的坚强领导下，立足全镇实际。现将宝城镇2025年度法治政府建设工作情况报告如下：" + BODY,
      "宝城镇",
    ],
    [
      "publisher field of a saved page",
      "| 发布机构 | 兖州区新驿镇 | 组配分类 | 年报 |\n2025年，全镇扎实推进。" + BODY,
      "新驿镇",
    ],
    [
      "a publisher field naming the organ",
      "发布机构：咸宜镇人民政府\n2023年，全镇扎实推进。" + BODY,
      "咸宜镇",
    ],
    ["opening: 今年以来", "今年以来，咸宜镇党委高度重视法治建设。" + BODY, "咸宜镇"],
    [
      "the signature",
      "根据要求，现将我镇情况报告如下。" + BODY + "\n\n咸宜镇人民政府\n2024年1月10日",
      "咸宜镇",
    ],
    [
      "the title over the publisher field",
      "发布机构:王河乡\n王河镇人民政府关于2025年法治政府建设的报告" + BODY,
      "王河镇",
    ],
    [
      "a publisher field with an organ glued in front",
      "来源：县人民政府新驿镇\n2025年，全镇扎实推进。" + BODY,
      "新驿镇",
    ],
    [
      "a unit newer than the list keeps its whole name",
      "2025年，银杏大街街道在文峰区委、区政府的正确领导下。" + BODY,
      "银杏大街街道",
    ],
    ["only 我乡: no name", "2022年，在市委市政府的领导下，我乡坚持依法行政。" + BODY, null],
    ["成立由镇…: not a name", "2023年，全面推进。调整成立了由乡人民政府乡长任组长的领导小组。" + BODY, null],
    ["明确由镇…: not a name", "2023年，全面推进。明确由镇人民政府分管领导负责。" + BODY, null],
  ])("%s", (_name, raw, township) => {
    expect(meta(raw).township).toBe(township);
  });

  it.each([
    ["调整成立了由乡人民政府乡长任组长的领导小组。"],
    ["明确由镇人民政府分管领导负责，成立以镇党委书记为组长的小组。"],
  ])("without the list, %s is still not a name", (sentence) => {
    expect(meta(`2023年，全面推进。${sentence}${BODY}`, false).township).toBeNull();
  });
});

describe("county: where reports name it", () => {
  it.each<[string, string, string | null]>([
    ["before the township in the title", "滑县万古镇人民政府关于2025年法治政府建设情况的报告" + BODY, "滑县"],
    ["publisher field", "发布机构：兖州区新驿镇\n2025年，新驿镇扎实推进。" + BODY, "兖州区"],
    [
      "addressee 中共某某县委 (never 某某县县)",
      "中共渠县县委、渠县人民政府：\n2025年以来，全镇扎实推进。" + BODY,
      "渠县",
    ],
    [
      "addressee of a county-level city",
      "中共禄丰市委、禄丰市人民政府：\n2022年，中村乡扎实推进。" + BODY,
      "禄丰市",
    ],
    [
      "a county's document title",
      "2022年，东城街道认真落实《清城区2022年法治政府建设工作要点》等部署。" + BODY,
      "清城区",
    ],
    ["the leadership formula", "2025年，银杏大街街道在文峰区委、区政府的正确领导下。" + BODY, "文峰区"],
    ["a county-level city's leadership", "2024年，龙溪镇在武冈市委、市政府的坚强领导下。" + BODY, "武冈市"],
    ["a prefecture is not the county", "2024年，龙溪镇在昆明市委、市政府的坚强领导下。" + BODY, null],
    [
      "a chain in a document's name",
      "2022年，荔湖街坚持依法决策，修订《中国共产党广州市增城区荔湖街工作委员会议事与决策规则》。" + BODY,
      "增城区",
    ],
    ["区委、区政府 without a name", "2025年，春江街道在区委、区政府的正确领导下。" + BODY, null],
  ])("%s", (_name, raw, county) => {
    expect(meta(raw).county).toBe(county);
  });
});

describe("year: the year reported on", () => {
  it.each<[string, string, number | null]>([
    [
      "the title's year",
      "青山镇2023年法治政府建设情况报告\n落实《法治政府建设实施纲要（2021—2025年）》。" + BODY,
      2023,
    ],
    ["the title's first year", "青山镇2023年工作总结和2024年工作计划" + BODY, 2023],
    [
      "not a plan period's end",
      "根据要求，落实《法治建设规划纲要（2023—2027年）》和2021-2025年规划。2024年全年开展普法。" + BODY,
      2024,
    ],
    [
      "not next year's plan",
      "根据要求报告如下。" +
        BODY +
        "\n二、2026年工作计划\n2026年将继续。2026年工作打算如下。2025年成效明显。",
      2025,
    ],
    [
      "a heading with another year does not override the title",
      "北城街街道办事处2025年法治政府建设年度报告\n一、2024年法治政府建设基本情况\n2024年，制度健全。",
      2025,
    ],
    ["the opening", "2022年以来，我镇扎实推进依法行政。" + BODY, 2022],
    ["not a file number", "根据〔2025〕26号文件要求，现将2024年度法治政府建设情况报告如下。" + BODY, 2024],
  ])("%s", (_name, raw, year) => {
    expect(meta(raw).year).toBe(year);
  });
});

describe("division (CONTRACT §1a)", () => {
  it.each<[string, string, string | null, "stated" | "inferred" | null]>([
    ["the county stated", "滑县万古镇人民政府关于2025年法治政府建设情况的报告" + BODY, "410526106", "stated"],
    [
      "a name unique in the country",
      "2024年，鹤龙街坚持以习近平法治思想为指导。" + BODY,
      "440111017",
      "inferred",
    ],
    [
      "same-name townships told apart by the province the text names (七里街道: 四川 and 陕西)",
      "2021年，七里街道在区委、区政府的坚强领导下，落实陕西省法治政府建设部署。" + BODY,
      "610702008",
      "stated",
    ],
    [
      "a unique name with its province named",
      "2024年，六郎镇组织参加安徽普法网上测试。" + BODY,
      "340210102",
      "stated",
    ],
    [
      "same-name townships and nothing to choose by",
      "2023年，长寿镇在县委、县政府的领导下。" + BODY,
      null,
      null,
    ],
    ["a county that contains none of them", "示例县东城街道2023年法治政府建设情况报告" + BODY, null, null],
    ["a unit the list lacks", "2025年，银杏大街街道在文峰区委、区政府的正确领导下。" + BODY, null, null],
  ])("%s", (_name, raw, code, basis) => {
    const m = meta(raw);
    expect(m.division?.code ?? null).toBe(code);
    expect(m.division?.basis ?? null).toBe(basis);
  });

  it("carries the names above the township, the municipality as city for its counties", () => {
    expect(meta("城口县咸宜镇2023年法治政府建设情况报告" + BODY).division).toEqual({
      code: "500229110",
      township: "咸宜镇",
      county: "城口县",
      countyCode: "500229",
      city: "重庆市",
      province: "重庆市",
      basis: "stated",
    });
  });

  it("is absent without the list", () => {
    expect(meta("城口县咸宜镇2023年法治政府建设情况报告" + BODY, false).division).toBeUndefined();
  });
});
