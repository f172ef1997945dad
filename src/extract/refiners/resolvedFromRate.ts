// "调处纠纷50起，调处成功率98%": resolved = the one whole number of the 50 that gives 98% at the
// precision the rate is written with (49: 48 gives 96%, 50 gives 100%). Derived only when that
// number is unique: 300起 at 98% fits both 293 (97.67 → 98) and 294 (98.0), so nothing is said.
// The rate must follow an exact handled count in the same paragraph (so it is that count's rate),
// and no resolved count may be stated anywhere: a stated count always wins over a derived one.
import { phraseCandidate } from "../candidate";
import type { Refiner } from "../types";

const MAX_DISTANCE = 240;

/** Decimal places of the number a rate is written with ("98.7%" → 1, "98%" → 0, 九十八点七 → 1). */
export function ratePrecision(written: string): number {
  const m = /[.．点]([\d０-９零〇一二三四五六七八九]+)/.exec(written);
  return m ? (m[1] as string).length : 0;
}

/** The one k in [0, whole] with k ÷ whole rounding to `rate` at `decimals` places, else null. */
export function uniqueCountForRate(whole: number, rate: number, decimals: number): number | null {
  if (!Number.isInteger(whole) || whole <= 0 || decimals > 3) return null;
  const scale = 10 ** decimals;
  const target = Math.round(rate * scale);
  // Only integers within half a rounding step of rate × whole can round to it: check that window,
  // not all of [0, whole].
  const centre = Math.round((rate / 100) * whole);
  const reach = Math.ceil((0.5 / scale / 100) * whole) + 1;
  let found: number | null = null;
  for (let k = Math.max(0, centre - reach); k <= Math.min(whole, centre + reach); k++) {
    // Round half up on the exact fraction (k × 100 × scale ÷ whole), without float drift.
    const scaled = (k * 100 * scale) / whole;
    if (Math.floor(scaled + 0.5 + 1e-9) !== target) continue;
    if (found !== null) return null;
    found = k;
  }
  return found;
}

export const resolvedFromRate: Refiner = {
  name: "resolvedFromRate",
  refine: (candidates, ctx) => {
    if (candidates.some((c) => c.id === "disputes_resolved")) return candidates;
    const handled = candidates.find((c) => c.id === "disputes_handled");
    const rate = candidates.find((c) => c.id === "dispute_resolution_pct");
    if (!handled || !rate || !rate.quantity || handled.approx !== "exact" || rate.approx !== "exact")
      return candidates;
    if (handled.basis !== "stated" || rate.basis !== "stated" || rate.value >= 100) return candidates;
    const gap = ctx.text.slice(handled.end, rate.start);
    if (rate.start < handled.end || gap.length > MAX_DISTANCE || gap.includes("\n")) return candidates;
    const written = ctx.text.slice(rate.quantity.start, rate.quantity.end);
    const value = uniqueCountForRate(handled.value, rate.value, ratePrecision(written));
    if (value === null) return candidates;
    const resolved = phraseCandidate({
      id: "disputes_resolved",
      value,
      unit: handled.unit,
      basis: "derived",
      rule: "disputes.resolved-from-rate",
      start: handled.start,
      end: rate.end,
      sources: [
        { start: handled.start, end: handled.end, text: ctx.text.slice(handled.start, handled.end) },
        { start: rate.start, end: rate.end, text: ctx.text.slice(rate.start, rate.end) },
      ],
      derivation: `${handled.value}${handled.unit} × ${written} → ${value}${handled.unit}（唯一取整相符的整数）`,
    });
    return [...candidates, resolved].sort((a, b) => a.start - b.start || a.end - b.end);
  },
};
