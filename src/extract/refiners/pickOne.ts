// One observation per indicator: stated over derived, the township's own over a sub-unit's,
// the stronger year-total mark, then the larger figure (stocks such as staff or villages).
import type { Candidate, Refiner } from "../types";
import { perIndicator } from "./util";

function better(a: Candidate, b: Candidate): Candidate {
  if (a.weak !== b.weak) return a.weak ? b : a;
  if (a.basis !== b.basis) return a.basis === "stated" ? a : b;
  if (a.total !== b.total) return a.total > b.total ? a : b;
  if (a.value !== b.value) return a.value > b.value ? a : b;
  return a.start <= b.start ? a : b;
}

export const pickOne: Refiner = {
  name: "pickOne",
  // Figures still waiting for another one are kept aside for the refiners after this one.
  refine: (candidates) =>
    perIndicator(candidates, (group) => {
      const ready = group.filter((c) => !c.pending);
      return ready.length ? [ready.reduce(better)] : group;
    }),
};
