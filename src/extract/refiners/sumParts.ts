// Where a report gives only parts of an activity count (送法进乡村8次、进校园2次、进机关1次、
// 进企业1次), the value is their sum: basis derived, evidence from the first part to the last,
// each part listed in `sources`. Which indicators add up is the catalogue's `combine`
// (src/domain/indicators.ts): "sum" adds every part; "bodies" adds one figure per body that
// reports it (人民调解组织调解纠纷52件；司法所调解纠纷8件 → 60), and nothing when the figures
// name no two bodies; stocks ("one") are never summed.
import { indicatorDef, type Approx } from "../../domain";
import { append, extent } from "../arrays";
import type { Candidate, Context, Refiner } from "../types";
import { perIndicator } from "./util";

// Who handled a dispute: the body named in the sentence before the figure, with its level.
const BODY =
  /(?:镇|乡|街道|村|社区|村（居）|村居|各村|各村（居）)?(?:人民调解组织|人民调解委员会|调解委员会|调委会|司法所|派出所|人民法庭|法庭|综治中心|综治办|信访办|调解室|调解工作室|警务室|工作站|网格员|法律顾问|律师)/g;

/** The last body named between the sentence's start and the figure, with where it starts. */
function bodyOf(c: Candidate, ctx: Context): { name: string; start: number } | null {
  const at = c.quantity ? c.quantity.qualifierStart : c.start;
  const from = ctx.sentenceStart(at);
  const prefix = ctx.text.slice(from, at);
  let last: { name: string; start: number } | null = null;
  BODY.lastIndex = 0;
  for (let m = BODY.exec(prefix); m; m = BODY.exec(prefix)) last = { name: m[0], start: from + m.index };
  return last;
}

/**
 * One figure per body (the largest), when at least two bodies report; otherwise none. The first
 * figure's evidence is widened to take in its body ("人民调解组织调解纠纷52件").
 */
function perBody(parts: readonly Candidate[], ctx: Context): Candidate[] {
  const byBody = new Map<string, Candidate>();
  for (const p of parts) {
    const body = bodyOf(p, ctx);
    if (body === null) return [];
    const had = byBody.get(body.name);
    const withBody = { ...p, start: Math.min(p.start, body.start) };
    if (!had || p.value > had.value) byBody.set(body.name, withBody);
  }
  return byBody.size >= 2 ? [...byBody.values()].sort((a, b) => a.start - b.start) : [];
}

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
      const combine = indicatorDef(id).combine;
      if (combine === "one" || group.length < 2) return group;
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
      if (parts.length < 2) return group;
      // A total already chosen (preferYearTotal) is not added to anything.
      if (combine === "bodies" && parts.some((p) => p.total > 0)) return group;
      const summed = combine === "bodies" ? perBody(parts, ctx) : parts;
      if (summed.length < 2) return group;
      return sumOf(summed, group, ctx);
    }),
};

function sumOf(parts: Candidate[], group: readonly Candidate[], ctx: Context): Candidate[] {
  const first = parts[0] as Candidate;
  const value = parts.reduce((s, p) => s + p.value, 0);
  const sources = parts.map((p) => ({ start: p.start, end: p.end, text: ctx.text.slice(p.start, p.end) }));
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
}
