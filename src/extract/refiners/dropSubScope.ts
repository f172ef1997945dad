// The legal advisor's own activities ("法律顾问…举办法律讲座2次，参加大型普法宣传活动6次")
// overlap the township's events: they are not the township's publicity or training count.
// For disputes and publicity reach (what advisors helped mediate or hand out) they are a
// fallback only: weak. Services (consultations, legal aid) are the advisor's own job: kept.
import type { IndicatorId } from "../../domain";
import type { Refiner } from "../types";

const DUPLICATING: ReadonlySet<IndicatorId> = new Set(["publicity_events", "law_training_sessions"]);
const FALLBACK: ReadonlySet<IndicatorId> = new Set([
  "disputes_handled",
  "disputes_resolved",
  "publicity_materials",
  "publicity_audience",
]);

export const dropSubScope: Refiner = {
  name: "dropSubScope",
  refine: (candidates) =>
    candidates
      .filter((c) => !(c.advisorScope && DUPLICATING.has(c.id)))
      .map((c) => (c.advisorScope && FALLBACK.has(c.id) ? { ...c, weak: true } : c)),
};
