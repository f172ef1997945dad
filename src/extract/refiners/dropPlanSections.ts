// Figures under "2024年工作计划", "下一步", "工作建议" are intentions, not this year's results.
import type { Refiner } from "../types";

export const dropPlanSections: Refiner = {
  name: "dropPlanSections",
  refine: (candidates, ctx) => candidates.filter((c) => !ctx.sections.inPlan(c.start)),
};
