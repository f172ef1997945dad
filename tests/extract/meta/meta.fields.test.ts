// Metadata as saved pages and reports write it, in phrasings composed for this table: a suffix
// alone is no township (the list has placeholder units called 街道), and the county may stand
// before the township in a publisher field that is page chrome.
import { describe, expect, it } from "vitest";
import { extractReport } from "../../../src/extract";
import { readDivisions } from "../../../src/geo/node";

const divisions = readDivisions();
const meta = (text: string) => {
  const r = extractReport(text, "x.txt", { divisions });
  return [r.township, r.county, r.year];
};

describe("metadata from fields and openings", () => {
  it.each([
    ["现将我街道2022年度法治政府建设情况报告如下：\n一、主要工作", [null, null, 2022]],
    ["本镇2023年法治政府建设工作总结如下：\n全年开展普法宣传12场。", [null, null, 2023]],
    [
      "索引号：11410102/2025-00012 发布机构：郑州市中原区林山寨街道办事处\n林山寨街道2024年度法治政府建设情况报告\n2024年，林山寨街道……",
      ["林山寨街道", "中原区", 2024],
    ],
    ["发布机构：鄢陵县马栏镇\n马栏镇2024年法治政府建设情况报告", ["马栏镇", "鄢陵县", 2024]],
    [
      "关于2024年度法治政府建设工作情况的报告\n2024年，我镇坚持依法行政。\n\n鄢陵县马栏镇人民政府\n2025年1月10日",
      ["马栏镇", "鄢陵县", 2024],
    ],
  ] as const)("%s", (text, want) => {
    expect(meta(text)).toEqual(want);
  });
});
