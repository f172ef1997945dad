// "排查出纠纷67件……已全部化解": resolved = handled. The phrase takes the value of the handled
// count before it in the same paragraph; the evidence runs from that count to the phrase. A
// stated full rate says the same ("排查化解矛盾纠纷38起，化解率100%"): every one was resolved.
import type { Candidate, Context, Refiner } from "../types";

const MAX_DISTANCE = 240;

/**
 * The nearest handled count before `at`, in the same paragraph. `handled` is sorted by end; the
 * one ending last before `at` is the nearest, and if it is too far or across a line break, so
 * is every earlier one: a binary search, not a scan (a report may hold thousands of each).
 */
function handledBefore(handled: readonly Candidate[], at: number, ctx: Context): Candidate | undefined {
  let lo = 0;
  let hi = handled.length - 1;
  let found: Candidate | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const d = handled[mid] as Candidate;
    if (d.end <= at) {
      found = d;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (!found || at - found.end > MAX_DISTANCE || ctx.text.slice(found.end, at).includes("\n"))
    return undefined;
  return found;
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
    const handled = candidates.filter((d) => d.id === "disputes_handled").sort((a, b) => a.end - b.end);
    for (const c of candidates) {
      if (c.pending === "equals-handled") {
        const h = handledBefore(handled, c.start, ctx);
        if (h) out.push(resolvedAsHandled(c, h, ctx, c.rule));
        continue;
      }
      out.push(c);
      // A stated 100% rate right after a handled count: resolved = handled as well.
      if (c.id === "dispute_resolution_pct" && c.basis === "stated" && c.value === 100) {
        const h = handledBefore(handled, c.start, ctx);
        if (h) out.push(resolvedAsHandled(c, h, ctx, "disputes.full-rate"));
      }
    }
    return out.sort((a, b) => a.start - b.start || a.end - b.end);
  },
};
