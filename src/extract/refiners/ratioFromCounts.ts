// No stated success rate, but both counts: resolved ÷ handled, rounded to one decimal
// (156 of 167 → 93.4), basis derived, with both counts as sources.
import { phraseCandidate } from "../candidate";
import type { Candidate, Refiner } from "../types";

export function roundRate(part: number, whole: number): number {
  return Math.round((part / whole) * 1000) / 10;
}

export const ratioFromCounts: Refiner = {
  name: "ratioFromCounts",
  refine: (candidates, ctx) => {
    if (candidates.some((c) => c.id === "dispute_resolution_pct")) return candidates;
    const handled = candidates.find((c) => c.id === "disputes_handled");
    const resolved = candidates.find((c) => c.id === "disputes_resolved");
    if (!handled || !resolved || handled.value <= 0 || resolved.value > handled.value) return candidates;
    const value = roundRate(resolved.value, handled.value);
    const spans = [handled, resolved].sort((a, b) => a.start - b.start);
    const start = (spans[0] as Candidate).start;
    const end = Math.max(handled.end, resolved.end);
    const rate: Candidate = phraseCandidate({
      id: "dispute_resolution_pct",
      value,
      unit: "%",
      approx: handled.approx === "exact" && resolved.approx === "exact" ? "exact" : "about",
      basis: "derived",
      rule: "disputes.rate-from-counts",
      start,
      end,
      weak: handled.weak || resolved.weak,
      sources: [
        { start: handled.start, end: handled.end, text: ctx.text.slice(handled.start, handled.end) },
        { start: resolved.start, end: resolved.end, text: ctx.text.slice(resolved.start, resolved.end) },
      ],
      derivation: `调处${handled.value}${handled.unit}，化解${resolved.value}${resolved.unit} → ${value}%`,
    });
    return [...candidates, rate];
  },
};
