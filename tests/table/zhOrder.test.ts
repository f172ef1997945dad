import { describe, expect, it } from "vitest";
import { compareZh, rankNames } from "../../src/table/zhOrder";

const collator = new Intl.Collator("zh-CN");
const sign = (n: number) => Math.sign(n);
const NAMES = [
  "白鹭镇",
  "城关镇",
  "安阳县",
  "崔家桥镇",
  "都里镇",
  "高庄镇",
  "阿城镇",
  "城关镇",
  "Z乡",
  "z乡",
  "",
  "东关街道",
];

describe("compareZh", () => {
  it("orders every pair as the zh-CN collator does, ranked or not", () => {
    rankNames(NAMES.slice(0, 8));
    const all = [...NAMES, "未排名乡", "长安镇"];
    for (const a of all)
      for (const b of all) expect(sign(compareZh(a, b)), `${a} vs ${b}`).toBe(sign(collator.compare(a, b)));
  });

  it("sorts a list exactly as the collator does after ranking it", () => {
    const names = Array.from({ length: 300 }, (_, i) => `${NAMES[i % NAMES.length]}${(i * 7919) % 97}`);
    rankNames(names);
    expect([...names].sort(compareZh)).toEqual([...names].sort(collator.compare));
  });

  it("replaces the ranks of the last data set: old names fall back to the collator", () => {
    rankNames(["乙镇", "甲镇"]);
    rankNames(["丙镇"]);
    expect(sign(compareZh("乙镇", "甲镇"))).toBe(sign(collator.compare("乙镇", "甲镇")));
    expect(sign(compareZh("丙镇", "甲镇"))).toBe(sign(collator.compare("丙镇", "甲镇")));
  });
});
