// One number, one meaning: when two indicators claim the same quantity ("法律咨询和法律援助
// 50人次"), the one whose cue sits nearest the number keeps it.
import type { Candidate, Refiner } from "../types";

export const overlapRemoval: Refiner = {
  name: "overlapRemoval",
  refine: (candidates) => {
    const best = new Map<number, Candidate>();
    for (const c of candidates) {
      if (!c.quantity) continue;
      const other = best.get(c.quantity.start);
      const gap = c.quantity.qualifierStart - c.cueEnd;
      if (
        !other ||
        gap < (other.quantity as NonNullable<Candidate["quantity"]>).qualifierStart - other.cueEnd
      ) {
        best.set(c.quantity.start, c);
      }
    }
    return candidates.filter((c) => !c.quantity || best.get(c.quantity.start) === c);
  },
};
