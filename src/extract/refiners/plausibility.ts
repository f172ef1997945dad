// Drops figures no report could mean: a rate over 100%, a negative or fractional count, a
// count in the tens of millions (a phone number or an id that slipped through).
import { indicatorDef } from "../../domain";
import type { Refiner } from "../types";

export const plausibility: Refiner = {
  name: "plausibility",
  refine: (candidates) =>
    candidates.filter((c) => {
      if (!Number.isFinite(c.value) || c.value < 0) return false;
      if (indicatorDef(c.id).isPercent)
        return c.quantity === undefined || (c.quantity.isPercent && c.value <= 100);
      if (c.quantity?.isPercent) return false;
      return Number.isInteger(c.value) && c.value < 1e7;
    }),
};
