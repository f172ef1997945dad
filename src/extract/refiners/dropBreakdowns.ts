// A breakdown after a figure ("共128件，其中初访30件", "67件，包括邻里纠纷25件") lists parts of
// that figure; the parts are not further observations of the same indicator.
import type { Refiner } from "../types";

const BREAKDOWN = /其中|包括|含|分别/;

export const dropBreakdowns: Refiner = {
  name: "dropBreakdowns",
  refine: (candidates, ctx) =>
    candidates.filter((c) => {
      if (!c.quantity) return true;
      const sStart = ctx.sentenceStart(c.quantity.start);
      return !candidates.some(
        (d) =>
          d !== c &&
          d.id === c.id &&
          d.quantity &&
          d.end <= c.start &&
          d.start >= sStart &&
          BREAKDOWN.test(ctx.text.slice(d.end, c.start)),
      );
    }),
};
