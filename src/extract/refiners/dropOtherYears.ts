// A figure about another year ("2022年调处纠纷50起" in a 2023 report, "较2022年增长23%") is not
// this year's value. The sentence's last year mention before the figure decides; years inside
// document titles (《…2021—2025年…》) and ranges do not count.
import type { Refiner } from "../types";
import { anchorOf } from "./util";

const YEAR_MENTION =
  /(?<![\d—–~至到-])(20\d{2})年(?!\s*[—–~至到-]\s*20\d{2})|(去年|上年|上一年|前年|明年|下一年|下年|今年|本年|当年)/g;
// A comparison names another year only to say how this year's figure changed: the compared
// figure ("较2021年增加12场次") is dropped, the sentence's other figures are this year's.
const COMPARED_TO = "(?:较|比|与|同|相较于?|相比于?)";
const COMPARISON = new RegExp(`${COMPARED_TO}(?:上年|去年|上一年|前年|20\\d{2}年度?|同期)|同比|环比`);
const COMPARED_YEAR_BEFORE = new RegExp(`${COMPARED_TO}$`);
// "与2021年相比，增加12场次": the comparison sits in the clause before the figure.
const COMPARISON_CLAUSE = new RegExp(
  `${COMPARED_TO}(?:上年|去年|上一年|前年|20\\d{2}年度?|同期)[^，,。；]{0,6}(?:相比|相较|比较)[，,]$`,
);
const RELATIVE_THIS_YEAR = new Set(["今年", "本年", "当年"]);

/** The year the last mention in `prefix` refers to: a number, "this" (今年), or null. */
export function lastYearMention(prefix: string, reportYear: number | null): number | "this" | null {
  // Every mention holds 年: most prefixes have none, and indexOf tells that first.
  if (!prefix.includes("年")) return null;
  YEAR_MENTION.lastIndex = 0;
  let found: number | "this" | null = null;
  let m: RegExpExecArray | null;
  while ((m = YEAR_MENTION.exec(prefix)) !== null) {
    // Skip mentions inside an unclosed 《 (a document title).
    const before = prefix.slice(0, m.index);
    if (before.lastIndexOf("《") > before.lastIndexOf("》")) continue;
    // The year of a comparison only scopes the compared figure (see COMPARISON).
    if (COMPARED_YEAR_BEFORE.test(before.slice(-4))) continue;
    if (m[1]) found = Number(m[1]);
    else if (RELATIVE_THIS_YEAR.has(m[2] as string)) found = "this";
    else if (reportYear !== null)
      found = /明|下/.test(m[2] as string) ? reportYear + 1 : reportYear - (m[2] === "前年" ? 2 : 1);
    else found = -1;
  }
  return found;
}

export const dropOtherYears: Refiner = {
  name: "dropOtherYears",
  refine: (candidates, ctx) =>
    candidates.filter((c) => {
      const at = anchorOf(c);
      const prefix = ctx.text.slice(ctx.sentenceStart(at), at);
      const clause = ctx.text.slice(ctx.clauseStart(at), at);
      // Every comparison holds 年, 期 (同期) or 比 (同比, 环比); most clauses have none of them.
      if (
        (clause.includes("年") || clause.includes("期") || clause.includes("比")) &&
        COMPARISON.test(clause)
      )
        return false;
      const clauseStart = ctx.clauseStart(at);
      if (clauseStart > 0) {
        const previous = ctx.text.slice(ctx.clauseStart(clauseStart - 1), clauseStart);
        // It ends on 相比, 相较 or 比较.
        if ((previous.includes("比") || previous.includes("较")) && COMPARISON_CLAUSE.test(previous))
          return false;
      }
      const y = lastYearMention(prefix, ctx.year);
      return y === null || y === "this" || ctx.year === null || y === ctx.year;
    }),
};
