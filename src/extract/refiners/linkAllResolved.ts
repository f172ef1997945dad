// "排查出纠纷67件……已全部化解": resolved = handled. The phrase takes the value of the handled
// count before it in the same paragraph; the evidence runs from that count to the phrase.
import type { Candidate, Refiner } from "../types";

const MAX_DISTANCE = 240;

export const linkAllResolved: Refiner = {
  name: "linkAllResolved",
  refine: (candidates, ctx) => {
    const out: Candidate[] = [];
    for (const c of candidates) {
      if (c.pending !== "equals-handled") {
        out.push(c);
        continue;
      }
      // The nearest handled count before the phrase, in the same paragraph.
      let handled: Candidate | undefined;
      for (const d of candidates) {
        if (d.id !== "disputes_handled" || d.end > c.start || c.start - d.end > MAX_DISTANCE) continue;
        if (ctx.text.slice(d.end, c.start).includes("\n")) continue;
        if (!handled || d.end > handled.end) handled = d;
      }
      if (!handled) continue;
      const { text } = ctx;
      const phrase = text.slice(c.start, c.end);
      out.push({
        ...c,
        value: handled.value,
        unit: handled.unit,
        approx: handled.approx,
        start: handled.start,
        end: c.end,
        pending: undefined,
        sources: [
          { start: handled.start, end: handled.end, text: text.slice(handled.start, handled.end) },
          { start: c.start, end: c.end, text: phrase },
        ],
        derivation: `${text.slice(handled.start, handled.end)}，${phrase} → 化解${handled.value}${handled.unit}`,
      });
    }
    return out;
  },
};
