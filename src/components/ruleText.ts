// What the evidence panel says about how a figure was read, in words a clerk uses. The engine's rule
// ids (disputes.mediated-count) are for developers: the panel shows this description and keeps the
// id behind a collapsed 技术细节 toggle.

/** Descriptions by the rule id's last part (after the indicator group), most specific first. */
const BY_KIND: readonly [RegExp, string][] = [
  [/^all-resolved$/, "原文写“已全部化解”，化解数按受理数计"],
  [/^rate-from-counts$/, "由原文写明的化解数和受理数算出"],
  [/^coverage-from-counts$/, "由原文写明的已聘顾问村数和村（社区）总数算出"],
  [/^full-rate$/, "原文写化解率100%，化解数按受理数计"],
  [/^full-coverage$/, "原文写“全覆盖”，按100%计"],
  [/^village-plus-community$/, "原文分别写明行政村数和社区数，两者相加"],
  [/-none$/, "原文写明没有发生，记为0"],
  [/-sum$/, "原文分项写明的数字相加"],
  [/(^|-)(rate-stated|pct)$/, "原文直接写明的比率"],
  [/-(count|staff)$|^enforcement-staff$/, "原文直接写明的数字"],
];

const FALLBACK = "按原文语句识别";

/** A human description of an engine rule id; never the id itself. */
export function ruleText(rule: string): string {
  const kind = rule.slice(rule.indexOf(".") + 1);
  return BY_KIND.find(([re]) => re.test(kind))?.[1] ?? FALLBACK;
}
