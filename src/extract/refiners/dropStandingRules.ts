// A standing rule ("每年不少于4次", "每月一次", "每季度…") says how often something should
// happen, not how often it did; targets ("力争", "确保…不少于") likewise.
import type { Refiner } from "../types";

// "计划" is a plan, unless cited as what the work followed ("按照学法计划带头集体学法23次").
export const STANDING_RULE =
  /每(?:年|月|季度?|周|半年|日|天|个月|学期|星期)|不少于|不低于|至少|不下于|力争|争取|(?<!(?:按照|根据|依照|依据|按|结合|落实)[^，。；,;]{0,8})计划|拟|将(?:在|于|组织|开展)/;

export const dropStandingRules: Refiner = {
  name: "dropStandingRules",
  refine: (candidates, ctx) =>
    candidates.filter((c) => {
      if (!c.quantity) return true;
      const q = c.quantity;
      const clause = ctx.text.slice(ctx.clauseStart(q.qualifierStart), q.qualifierStart);
      // "N次/月" written after the number is a rate too.
      const after = ctx.text.slice(q.end, q.end + 3);
      return !STANDING_RULE.test(clause) && !/^(?:[/／]|每)(?:月|年|季度|周)/.test(after);
    }),
};
