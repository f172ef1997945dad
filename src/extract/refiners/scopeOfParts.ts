// "全年开展送法进乡村8次，发放宣传资料1万余份，…；送法进校园2次，发放普法材料500余册": the
// year marks at the head of a sentence that names a part (送法进乡村) describe that part, so the
// figures after the part in the same sentence are parts too. Marks of their own clauses still count.
import { totalStrength } from "../parsers/cueRule";
import type { Candidate, Refiner } from "../types";

export const scopeOfParts: Refiner = {
  name: "scopeOfParts",
  refine: (candidates, ctx) => {
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
