// The year total wins over its parts: "全年…共开展普法宣传活动120余场次" over "累计…80余场次"
// and "一年来…40余场次". A total is marked by scope (全年, 全镇) and summing words (共, 累计);
// the strongest mark wins, then the larger figure. Named parts (送法进校园) are never totals.
// Unmarked, a figure that equals the sum of all the others (3 = 2 + 1) is their total too.
import type { Refiner } from "../types";
import { perIndicator } from "./util";

export const preferYearTotal: Refiner = {
  name: "preferYearTotal",
  refine: (candidates) =>
    perIndicator(candidates, (group) => {
      const strong = group.some((c) => !c.weak) ? group.filter((c) => !c.weak) : group;
      const stated = strong.filter((c) => c.basis === "stated" && c.quantity);
      let totals = stated.filter((c) => c.total > 0 && !c.part);
      if (totals.length === 0 && stated.length >= 3) {
        const sum = stated.reduce((s, c) => s + c.value, 0);
        totals = stated.filter((c) => !c.part && c.value * 2 === sum);
      }
      if (totals.length === 0) return group;
      const best = totals.reduce((a, b) =>
        b.total > a.total || (b.total === a.total && b.value > a.value) ? b : a,
      );
      // Other kinds of evidence (a stated rate next to a derived one) are not parts of it.
      return group.filter((c) => c === best || !c.quantity);
    }),
};
