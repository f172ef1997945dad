// A figure about another year ("2022年调处纠纷50起" in a 2023 report, "较2022年增长23%") is not
// this year's value. The sentence's last year mention before the figure decides; years inside
// document titles (《…2021—2025年…》) and ranges do not count.
import type { Refiner } from "../types";
import { anchorOf } from "./util";

const YEAR_MENTION =
  /(?<![\d—–~至到-])(20\d{2})年(?!\s*[—–~至到-]\s*20\d{2})|(去年|上年|上一年|前年|明年|下一年|下年|今年|本年|当年)/g;
const COMPARISON = /较(?:上年|去年|上一年|20\d{2}年|同期)|同比|环比|比上年|比去年/;
const RELATIVE_THIS_YEAR = new Set(["今年", "本年", "当年"]);

/** The year the last mention in `prefix` refers to: a number, "this" (今年), or null. */
export function lastYearMention(prefix: string, reportYear: number | null): number | "this" | null {
  YEAR_MENTION.lastIndex = 0;
  let found: number | "this" | null = null;
  let m: RegExpExecArray | null;
  while ((m = YEAR_MENTION.exec(prefix)) !== null) {
    // Skip mentions inside an unclosed 《 (a document title).
    const before = prefix.slice(0, m.index);
    if (before.lastIndexOf("《") > before.lastIndexOf("》")) continue;
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
      if (COMPARISON.test(clause)) return false;
      const y = lastYearMention(prefix, ctx.year);
      return y === null || y === "this" || ctx.year === null || y === ctx.year;
    }),
};
