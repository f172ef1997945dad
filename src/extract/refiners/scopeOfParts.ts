// "全年开展送法进乡村8次，发放宣传资料1万余份，…；送法进校园2次，发放普法材料500余册": the
// year marks at the head of a sentence that names a part (送法进乡村) describe that part, so the
// figures after the part in the same sentence are parts too. Marks of their own clauses still count.
// Likewise a mark at the head of a list of figures of one indicator covers the whole list.
import { totalStrength } from "../marks";
import type { Candidate, Context, Refiner } from "../types";

/**
 * "今年共开展中心组学法12次、集中学习8次": a mark at the head of a list covers the list, so a
 * marked figure followed in its sentence by figures of the same indicator with no mark of their
 * own (none of them a named part) is the first item, not the total: all of them are parts.
 */
function marksOverLists(candidates: Candidate[], ctx: Context): Candidate[] {
  const listed = new Set<Candidate>();
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i] as Candidate;
    if (c.total === 0 || c.part || !c.quantity || listed.has(c)) continue;
    const sEnd = ctx.sentenceEnd(c.end);
    const rest: Candidate[] = [];
    for (let j = i + 1; j < candidates.length; j++) {
      const d = candidates[j] as Candidate;
      if (d.start >= sEnd) break;
      if (d.id === c.id && d.quantity) rest.push(d);
    }
    const unmarked = (d: Candidate): boolean =>
      !d.part &&
      d.basis === "stated" &&
      totalStrength(
        ctx.text.slice(c.end, (d.quantity as NonNullable<Candidate["quantity"]>).qualifierStart),
      ) === 0;
    if (rest.length > 0 && rest.every(unmarked)) for (const d of [c, ...rest]) listed.add(d);
  }
  return listed.size ? candidates.map((c) => (listed.has(c) ? { ...c, total: 0 } : c)) : candidates;
}

export const scopeOfParts: Refiner = {
  name: "scopeOfParts",
  refine: (all, ctx) => {
    const candidates = marksOverLists(all, ctx);
    const parts = candidates.filter((c) => c.part && c.quantity);
    if (parts.length === 0) return candidates;
    return candidates.map((c) => {
      if (c.total === 0 || c.part || !c.quantity) return c;
      const at = c.quantity.qualifierStart;
      const sStart = ctx.sentenceStart(at);
      let lastPart: Candidate | undefined;
      for (const p of parts)
        if (p.end <= at && p.start >= sStart && (!lastPart || p.end > lastPart.end)) lastPart = p;
      if (!lastPart) return c;
      return { ...c, total: totalStrength(ctx.text.slice(lastPart.end, at)) };
    });
  },
};
