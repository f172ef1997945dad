// A shortcoming item whose head joins two named problems of different categories with 、 is
// listed once per category with the same span (the scorer counts categories per report; CONTRACT
// §3 gives each listed item one category). Elaborations and near-synonyms stay one category.
import { describe, expect, it } from "vitest";
import { categoriesOfItem } from "../../../src/extract";
import { extract } from "../helpers";

describe("an item naming two problems", () => {
  it.each([
    ["法治宣传形式单一、执法力量薄弱，难以满足群众需求。", ["publicity_form", "workforce"]],
    ["执法力量薄弱、规范性文件备案不及时。", ["workforce", "normative_docs"]],
    ["村干部法律知识欠缺、法律顾问作用发挥不够。", ["grassroots_knowledge", "legal_advisor_role"]],
    // One problem, said twice: one category.
    ["普法宣传形式单一、针对性不强，群众参与积极性不高。", ["publicity_form"]],
    ["法治宣传方式方法单一，群众参与积极性不高。", ["publicity_form"]],
    // A second topic in the explanation, not the head: one category.
    ["执法队伍专业素质有待提升。部分执法人员法律知识掌握不全面。", ["workforce"]],
    // A weak hint in the other part is not a second problem.
    ["普法宣传内容不够丰富、积极性不高。", ["publicity_form"]],
  ])("%s → %j", (item, want) => {
    expect([...categoriesOfItem(item)].sort()).toEqual([...want].sort());
  });

  it("is listed once per category, with the same span, in the record", () => {
    const r = extract(
      "法治宣传教育深入开展。\n二、存在的问题\n一是法治宣传形式单一、执法力量薄弱，难以满足群众需求。\n二是干部学法不够深入。\n三、下一步工作打算\n加强学习。",
    );
    const cats = r.shortcomings.map((s) => s.category);
    expect(cats).toEqual(["publicity_form", "workforce", "cadre_study"]);
    const [a, b] = r.shortcomings;
    expect([a?.start, a?.end, a?.text]).toEqual([b?.start, b?.end, b?.text]);
    expect(r.text.slice(a?.start, a?.end)).toBe(a?.text);
  });
});
