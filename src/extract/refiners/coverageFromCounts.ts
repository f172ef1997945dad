// "为全镇14个村（社区）配备法律顾问", "15个村（社区）中有12个配备了法律顾问": with no coverage
// rate stated, the villages that have an advisor ÷ villages_total gives it, rounded to one
// decimal, basis derived. Without a village total nothing is derived.
import type { Candidate, Refiner } from "../types";
import { roundRate } from "./ratioFromCounts";

export const coverageFromCounts: Refiner = {
  name: "coverageFromCounts",
  refine: (candidates, ctx) => {
    const waiting = candidates.filter((c) => c.pending === "share-of-villages");
    if (waiting.length === 0) return candidates;
    const rest = candidates.filter((c) => c.pending !== "share-of-villages");
    if (rest.some((c) => c.id === "legal_advisor_coverage_pct")) return rest;
    const villages = rest.find((c) => c.id === "villages_total");
    const best = waiting.reduce((a, b) => (b.value > a.value ? b : a));
    if (!villages || villages.value <= 0 || best.value > villages.value) return rest;
    const value = roundRate(best.value, villages.value);
    const first = villages.start <= best.start ? villages : best;
    const coverage: Candidate = {
      ...best,
      value,
      unit: "%",
      basis: "derived",
      pending: undefined,
      start: first.start,
      end: Math.max(villages.end, best.end),
      sources: [
        { start: villages.start, end: villages.end, text: ctx.text.slice(villages.start, villages.end) },
        { start: best.start, end: best.end, text: ctx.text.slice(best.start, best.end) },
      ],
      derivation: `${villages.value}个村（社区）中${best.value}个配备法律顾问 → ${value}%`,
    };
    return [...rest, coverage];
  },
};
