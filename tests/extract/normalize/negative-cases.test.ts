// Numbers that are not counts: the tokenizer yields nothing for them.
import { describe, expect, it } from "vitest";
import { tokenizeQuantities } from "../../../src/extract";

describe("tokenizeQuantities: not counts", () => {
  it.each([
    ["document number", "根据〔2023〕9号文件"],
    ["document number, brackets", "蒙政办[2023]12号"],
    ["ISO date", "发布日期：2023-12-10"],
    ["compact date", "20231210"],
    ["hotline", "拨打12348法律服务热线"],
    ["phone number", "联系电话：023-59221234"],
    ["mobile number", "手机13812345678"],
    ["festival date 3.15", "“3.15”消费者权益保护日"],
    ["festival date 12.4", "“12.4”国家宪法日"],
    ["八五普法", "抓好“八五”普法学习"],
    ["distance", "打造1.5公里的法治文化一街"],
    ["year glued to a count", "20239次通过党政联席会议"],
    ["year", "2023年以来"],
    ["二十大", "深入学习党的二十大精神"],
    ["万 in a place name", "万州区贯彻落实"],
    ["percent of nothing", "百分之"],
  ])("%s: %s", (_label, text) => {
    const counts = tokenizeQuantities(text, 2023).filter((q) => !["个", "条", "项"].includes(q.unit));
    expect(counts).toEqual([]);
  });
});
