import { describe, expect, it } from "vitest";
import { observe, valueOf } from "../helpers";

describe("villages parser", () => {
  it.each([
    ["目前全镇14个村均配备了法律顾问。", 14, "stated"],
    ["积极推进全镇8个村（社区）“一体化治理智治平台”工作。", 8, "stated"],
    ["我镇5村1居，法律顾问覆盖率100%。", 6, "derived"],
    ["全乡共有12个行政村和2个社区。", 14, "derived"],
    ["辖十二个村（社区）。", 12, "stated"],
    ["辖区共有8个社区。", 8, "stated"],
    ["全镇辖12个村民委员会。", 12, "stated"],
    ["全镇辖行政村12个、社区2个。", 14, "derived"],
    ["辖9个行政村、1个居委会。", 10, "derived"],
    // Either order, any separator: the kinds add up.
    ["辖区共有9个社区、3个行政村，均已聘请法律顾问。", 12, "derived"],
    ["全镇11个社区、6个行政村均配备法律顾问。", 17, "derived"],
    // The township's own name as the scope, or a claim about all of them.
    ["大河乡8个村均已聘请法律顾问。", 8, "stated"],
    ["镇公共法律服务站和17个村（社区）公共法律服务室实现全覆盖。", 17, "stated"],
    ["14个村（社区）全部推行一村一顾问制度。", 14, "stated"],
    ["全苏木辖7个嘎查、2个社区。", 9, "derived"],
    ["全街道辖3个居委会。", 3, "stated"],
    ["街道辖区共有社区11个。", 11, "stated"],
    ["辖区共有社区9个、行政村3个。", 12, "derived"],
    // 乡属/镇属/所属: "belonging to the township", a whole-township frame.
    ["乡属22个村（社区）法律顾问覆盖率达到100%。", 22, "stated"],
    ["镇所属15个行政村全部建立调委会。", 15, "stated"],
  ])("%s → %d (%s)", (body, value, basis) => {
    expect(observe(body, "villages_total")).toMatchObject({ value, basis, unit: "个" });
  });

  it("explains 5村1居", () => {
    expect(observe("我镇5村1居。", "villages_total")).toMatchObject({
      rule: "villages.village-plus-community",
      evidence: { text: "5村1居" },
      derivation: "5村1居 → 5+1 = 6个村（社区）",
    });
  });
});

describe("villages: negative cases", () => {
  it.each([
    ["model villages", "先后成功创建县级民主法治示范村6个、市级民主法治示范村4个。"],
    ["grids", "分析研判全镇16个网格的治安形势。"],
    ["village groups", "全镇32个村民小组。"],
    ["one village one advisor", "一村一法律顾问工作效能显著提升。"],
    ["some villages", "其中3个村完成创建。"],
    ["no scope", "14个村（社区）推行一村一顾问制度。"],
    ["a pairing", "实现一村（社区）一法律顾问全覆盖。"],
    ["all of a subset", "有5个村均建成民主法治示范村。"],
    ["a subset named after the count", "全镇3个村被评为省级民主法治示范村。"],
    ["the township and a subset", "大河乡2个村获评市级先进村。"],
    ["the same kind twice", "目前3个村、2个村正在创建。"],
  ])("%s: %s", (_label, body) => {
    expect(valueOf(body, "villages_total")).toBeNull();
  });
});
