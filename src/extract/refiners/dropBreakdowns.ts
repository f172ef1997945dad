// A breakdown after a figure ("共128件，其中初访30件", "67件，包括邻里纠纷25件") lists parts of
// that figure; the parts are not further observations of the same indicator. A breakdown goes on
// to the end of its sentence ("七十余场次，其中进社区40场次、进校园15场次、进企业10场次": all
// three are parts), and a sentence that opens with 其中 breaks down the sentence before it
// ("开展送法进村入户活动32次……。其中，开展“法律进校园”活动4次").
import type { Candidate, Refiner } from "../types";

const BREAKDOWN = /其中|包括|含|分别/;
const OPENS_WITH_BREAKDOWN = /^\s*(?:其中|包括|含)/;

export const dropBreakdowns: Refiner = {
  name: "dropBreakdowns",
  refine: (candidates, ctx) => {
    // Candidates arrive in text order: compare each with the last kept one of the same id only.
    const anchor = new Map<string, Candidate>();
    return candidates.filter((c) => {
      if (!c.quantity) return true;
      const d = anchor.get(c.id);
      const keep = (): boolean => {
        anchor.set(c.id, c);
        return true;
      };
      if (!d || d.end > c.start) return keep();
      const sentenceStart = ctx.sentenceStart(c.quantity.start);
      if (d.start < sentenceStart) {
        // Only a sentence that opens with 其中 reaches back, and only to the sentence before.
        const opens = OPENS_WITH_BREAKDOWN.test(ctx.text.slice(sentenceStart, sentenceStart + 4));
        if (sentenceStart === 0 || !opens || d.start < ctx.sentenceStart(sentenceStart - 1)) return keep();
      }
      return BREAKDOWN.test(ctx.text.slice(d.end, c.start)) ? false : keep();
    });
  },
};
