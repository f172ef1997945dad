// One constructor for candidates that come from a phrase or a derivation rather than from a
// number+unit token (全覆盖, 未涉及行政案件, 已全部化解, 5村1居, a rate from two counts): the
// neutral defaults live here once, and each rule states only what is particular to it.
import type { Candidate } from "./types";

type Required = Pick<Candidate, "id" | "value" | "unit" | "basis" | "rule" | "start" | "end">;

export function phraseCandidate(fields: Required & Partial<Candidate>): Candidate {
  return {
    approx: "exact",
    cueEnd: fields.end,
    total: 0,
    part: false,
    weak: false,
    advisorScope: false,
    ...fields,
  };
}
