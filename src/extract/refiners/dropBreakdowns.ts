// A breakdown after a figure ("共128件，其中初访30件", "67件，包括邻里纠纷25件") lists parts of
// that figure; the parts are not further observations of the same indicator.
import type { Candidate, Refiner } from "../types";

const BREAKDOWN = /其中|包括|含|分别/;

export const dropBreakdowns: Refiner = {
  name: "dropBreakdowns",
  refine: (candidates, ctx) => {
    // Candidates arrive in text order: compare each with the previous one of the same id only.
    const previous = new Map<string, Candidate>();
    return candidates.filter((c) => {
      if (!c.quantity) return true;
      const d = previous.get(c.id);
      previous.set(c.id, c);
      if (!d || d.end > c.start || d.start < ctx.sentenceStart(c.quantity.start)) return true;
      return !BREAKDOWN.test(ctx.text.slice(d.end, c.start));
    });
  },
};
