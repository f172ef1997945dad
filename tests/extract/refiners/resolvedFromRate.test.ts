// A resolved count from a stated rate below 100% (the lead's rule for issue 8): derived only when
// exactly one whole number of the handled count rounds to the rate at its stated precision.
import { describe, expect, it } from "vitest";
import { ratePrecision, uniqueCountForRate } from "../../../src/extract/refiners";
import { extract, observe, valueOf } from "../helpers";

describe("uniqueCountForRate", () => {
  it.each([
    [50, 98, 0, 49],
    [305, 98.7, 1, 301],
    [97, 99, 0, 96],
    [213, 98.6, 1, 210],
    [1000, 97, 0, null], // 965…974 all round to 97
    [300, 98, 0, null], // 293 (97.67) and 294 (98.0)
    [3, 67, 0, 2],
    [3, 66.7, 1, 2],
    [7, 50, 0, null], // 3 → 42.9, 4 → 57.1: nothing rounds to 50
    [2000, 99.95, 2, 1999],
  ])("%i handled, rate %f with %i decimals → %s", (whole, rate, decimals, want) => {
    expect(uniqueCountForRate(whole, rate, decimals)).toBe(want);
  });

  it("reads the precision the rate is written with", () => {
    expect([ratePrecision("98%"), ratePrecision("98.7%"), ratePrecision("百分之九十八点七五")]).toEqual([
      0, 1, 2,
    ]);
  });
});

describe("resolved count from a success rate", () => {
  it.each([
    ["调处纠纷50起，调处成功率98%。", 49],
    ["全年共调解各类矛盾纠纷50件，调解成功率达98%。", 49],
    ["街道、社区两级调解组织全年调解矛盾纠纷305起，调解成功率达到98.7%。", 301],
    ["全年调解矛盾纠纷97件，成功率99%。", 96],
    ["全年共化解矛盾纠纷213件，化解率达98.6%。", 210],
    ["全年受理矛盾纠纷二十五件，调解成功率为百分之九十六。", 24],
  ])("%s → %i, derived from the count to the rate", (body, want) => {
    const o = observe(body, "disputes_resolved");
    expect(o?.value).toBe(want);
    expect(o?.basis).toBe("derived");
    expect(o?.rule).toBe("disputes.resolved-from-rate");
    const r = extract(body);
    const handled = r.indicators.find((x) => x.id === "disputes_handled")?.evidence;
    const rate = r.indicators.find((x) => x.id === "dispute_resolution_pct")?.evidence;
    expect(o?.evidence).toEqual({
      start: handled?.start,
      end: rate?.end,
      text: r.text.slice(handled?.start, rate?.end),
    });
    expect(o?.sources).toEqual([handled, rate]);
  });

  it.each([
    ["ambiguous: two counts round to the rate", "全年共调处矛盾纠纷300起，调处成功率98%。"],
    ["ambiguous at a large count", "全年受理各类纠纷1000件，调解成功率97%。"],
    ["the handled count is approximate", "全年调处矛盾纠纷50余起，调处成功率98%。"],
    ["the rate is a floor", "全年调处矛盾纠纷50起，调处成功率达98%以上。"],
    ["the rate is in another paragraph", "全年调处矛盾纠纷50起。\n矛盾纠纷调处成功率98%。"],
    ["the rate comes before the count", "调处成功率98%，全年调处矛盾纠纷50起。"],
  ])("%s: no resolved count (%s)", (_why, body) => {
    expect(valueOf(body, "disputes_resolved")).toBeNull();
    expect(valueOf(body, "dispute_resolution_pct")).not.toBeNull();
  });

  it("a stated resolved count wins over the derivation", () => {
    const body =
      "全年共排查矛盾纠纷近百起，其中调处成功93起。人民调解委员会调解纠纷86件，调解成功率为96.5%。";
    expect(observe(body, "disputes_resolved")).toMatchObject({ value: 93, basis: "stated" });
  });

  it("a 100% rate still means all resolved (the full-rate rule, not this one)", () => {
    expect(observe("全年排查化解矛盾纠纷38起，化解率100%。", "disputes_resolved")).toMatchObject({
      value: 38,
      rule: "disputes.full-rate",
    });
  });
});
