// Where a report gives only parts of an activity count (送法进乡村8次、进校园2次、进机关1次、
// 进企业1次), the value is their sum: basis derived, evidence from the first part to the last,
// each part listed in `sources`. Stocks (villages, staff, disputes) are never summed.
import type { Approx, IndicatorId } from "../../domain";
import { append, extent } from "../arrays";
import type { Candidate, Refiner } from "../types";
import { perIndicator } from "./util";

export const SUMMED: ReadonlySet<IndicatorId> = new Set([
  "publicity_events",
  "publicity_materials",
  "publicity_audience",
  "legal_consultations",
  "legal_aid_cases",
  "law_training_sessions",
]);

function sumApprox(parts: Candidate[]): Approx {
  if (parts.some((p) => p.approx === "about")) return "about";
  if (parts.some((p) => p.approx === "at_least")) return "at_least";
  return "exact";
}

function sumRule(rule: string): string {
  return rule.endsWith("-count") ? rule.replace(/-count$/, "-sum") : `${rule}-sum`;
}

export const sumParts: Refiner = {
  name: "sumParts",
  refine: (candidates, ctx) =>
    perIndicator(candidates, (group, id) => {
      const strong = group.some((c) => !c.weak) ? group.filter((c) => !c.weak) : group;
      // The same words twice (a figure restated in a summary) are one statement, not two parts.
      const seen = new Set<string>();
      const parts = strong.filter((c) => {
        if (!c.quantity || c.basis !== "stated") return false;
        const key = `${c.value}|${ctx.text.slice(c.start, c.end)}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      if (!SUMMED.has(id) || parts.length < 2) return group;
      const first = parts[0] as Candidate;
      const value = parts.reduce((s, p) => s + p.value, 0);
      const sources = parts.map((p) => ({
        start: p.start,
        end: p.end,
        text: ctx.text.slice(p.start, p.end),
      }));
      const [start] = extent(parts, (p) => p.start);
      const [, end] = extent(parts, (p) => p.end);
      const sum: Candidate = {
        ...first,
        value,
        // Mixed units (份, 册, 本) are reported in the first part's unit.
        unit: first.unit,
        approx: sumApprox(parts),
        basis: "derived",
        rule: sumRule(first.rule),
        start,
        end,
        quantity: undefined,
        sources,
        derivation: `${sources.map((s) => s.text).join(" + ")} → ${value}`,
      };
      return append(
        [sum],
        group.filter((c) => !c.quantity || c.basis !== "stated"),
      );
    }),
};
