// "排查出纠纷67件……已全部化解": resolved = handled. The phrase takes the value of the handled
// count before it in the same paragraph; the evidence runs from that count to the phrase. A
// stated full rate says the same ("排查化解矛盾纠纷38起，化解率100%"): every one was resolved.
import type { Candidate, Context, Refiner } from "../types";

const MAX_DISTANCE = 240;

/** The nearest handled count before `at`, in the same paragraph. */
function handledBefore(candidates: readonly Candidate[], at: number, ctx: Context): Candidate | undefined {
  let handled: Candidate | undefined;
  for (const d of candidates) {
    if (d.id !== "disputes_handled" || d.end > at || at - d.end > MAX_DISTANCE) continue;
    if (ctx.text.slice(d.end, at).includes("\n")) continue;
    if (!handled || d.end > handled.end) handled = d;
  }
  return handled;
}

function resolvedAsHandled(c: Candidate, handled: Candidate, ctx: Context, rule: string): Candidate {
  const { text } = ctx;
  const phrase = text.slice(c.start, c.end);
  return {
    ...c,
    id: "disputes_resolved",
    value: handled.value,
    unit: handled.unit,
    approx: handled.approx,
    basis: "derived",
    rule,
    start: handled.start,
    end: c.end,
    quantity: undefined,
    pending: undefined,
    sources: [
      { start: handled.start, end: handled.end, text: text.slice(handled.start, handled.end) },
      { start: c.start, end: c.end, text: phrase },
    ],
    derivation: `${text.slice(handled.start, handled.end)}，${phrase} → 化解${handled.value}${handled.unit}`,
  };
}

export const linkAllResolved: Refiner = {
  name: "linkAllResolved",
  refine: (candidates, ctx) => {
    const out: Candidate[] = [];
    for (const c of candidates) {
      if (c.pending === "equals-handled") {
        const handled = handledBefore(candidates, c.start, ctx);
        if (handled) out.push(resolvedAsHandled(c, handled, ctx, c.rule));
        continue;
      }
      out.push(c);
      // A stated 100% rate right after a handled count: resolved = handled as well.
      if (c.id === "dispute_resolution_pct" && c.basis === "stated" && c.value === 100) {
        const handled = handledBefore(candidates, c.start, ctx);
        if (handled) out.push(resolvedAsHandled(c, handled, ctx, "disputes.full-rate"));
      }
    }
    return out.sort((a, b) => a.start - b.start || a.end - b.end);
  },
};
