import { describe, expect, it } from "vitest";
import { isYearGluedCount, tokenizeQuantities } from "../../../src/extract";

function only(text: string) {
  const qs = tokenizeQuantities(text, 2023);
  expect(qs).toHaveLength(1);
  const q = qs[0]!;
  return { value: q.value, unit: q.unit, approx: q.approx, span: text.slice(q.qualifierStart, q.end) };
}

describe("tokenizeQuantities: number forms", () => {
  it.each([
    ["调处纠纷70余起", 70, "起", "at_least", "70余起"],
    ["覆盖群众两万余人次", 20000, "人次", "at_least", "两万余人次"],
    ["发放资料三千余份", 3000, "份", "at_least", "三千余份"],
    ["组织学习十二次", 12, "次", "exact", "十二次"],
    ["开展活动一百二十场次", 120, "场次", "exact", "一百二十场次"],
    ["发放资料1.5万份", 15000, "份", "exact", "1.5万份"],
    ["受教育群众3.5万人次", 35000, "人次", "exact", "3.5万人次"],
    ["发放资料1万余份", 10000, "份", "at_least", "1万余份"],
    ["覆盖率达百分之九十五", 95, "%", "exact", "百分之九十五"],
    ["覆盖率100%", 100, "%", "exact", "100%"],
    ["协助申请法律援助0人次", 0, "人次", "exact", "0人次"],
    ["受理零件", 0, "件", "exact", "零件"],
    ["派发资料1000多份", 1000, "份", "at_least", "1000多份"],
    ["接待群众100人次以上", 100, "人次", "at_least", "100人次以上"],
    ["超过300人", 300, "人", "at_least", "超过300人"],
    ["约50起", 50, "起", "about", "约50起"],
    ["近3000人次", 3000, "人次", "about", "近3000人次"],
    ["50次左右", 50, "次", "about", "50次左右"],
    ["发放资料28,000份", 28000, "份", "exact", "28,000份"],
    ["发放资料1万2千余份", 12000, "份", "at_least", "1万2千余份"],
    ["解答法律咨询1,260人次", 1260, "人次", "exact", "1,260人次"],
    ["调处纠纷近百起", 100, "起", "about", "近百起"],
    ["受教育群众百余人次", 100, "人次", "at_least", "百余人次"],
    ["发放资料两千三百余份", 2300, "份", "at_least", "两千三百余份"],
    ["接待群众上访35批次", 35, "批次", "exact", "35批次"],
  ])("%s → %d %s (%s)", (text, value, unit, approx, span) => {
    expect(only(text)).toEqual({ value, unit, approx, span });
  });

  it("finds every quantity with offsets into the text", () => {
    const text = "送法进乡村8次、进校园2次，发放资料1万余份。";
    const qs = tokenizeQuantities(text);
    expect(qs.map((q) => text.slice(q.start, q.end))).toEqual(["8次", "2次", "1万余份"]);
  });
});

describe("isYearGluedCount", () => {
  it.each([
    ["20239", 2023, true],
    ["20241", 2024, true],
    ["20000", 2023, false],
    ["20500", 2023, false],
    ["28000", 2023, false],
    ["2023", 2023, false],
    ["20231", null, true],
  ])("%s (report year %s) → %s", (digits, year, glued) => {
    expect(isYearGluedCount(digits, year)).toBe(glued);
  });
});
