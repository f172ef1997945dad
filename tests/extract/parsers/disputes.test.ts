import { describe, expect, it } from "vitest";
import { observe, valueOf } from "../helpers";

describe("disputes parser", () => {
  it.each([
    ["全年共调处各类矛盾纠纷30余起，调处成功30起，成功率达100%。", 30, 30, 100],
    ["截至目前，各调委会共开展矛盾纠纷排查84次，排查出纠纷67件，已全部化解。", 67, 67, 100],
    ["2023年调处各类矛盾纠纷70余起。", 70, null, null],
    ["受理矛盾纠纷45件，成功调解43件。", 45, 43, 95.6],
    ["调处纠纷167起，调解成功156起。", 167, 156, 93.4],
    ["人民调解委员会共调解案件56件，调解成功率98%。", 56, 55, 98], // only 55 of 56 rounds to 98%
    ["镇、村法律顾问累计协助调解矛盾纠纷30余件。", 30, null, null],
    ["全镇共排查矛盾纠纷156件，成功化解152件，化解率97.4%。", 156, 152, 97.4],
    ["全年共调解各类纠纷120起，调解成功118起，调解成功率98.3%。", 120, 118, 98.3],
    // A stated full rate: every dispute was resolved.
    ["全年共排查化解矛盾纠纷38起，化解率100%。", 38, 38, 100],
    ["受理各类纠纷52件，调解成功率为100%。", 52, 52, 100],
    // A bare 化解 clause right after the count is the resolved part of it.
    ["全乡共排查矛盾纠纷一百零七件，化解一百零五件，化解率98.1%。", 107, 105, 98.1],
    // Any other rate says nothing exact about the count.
    ["人民调解委员会调解纠纷86件，调解成功率为96.5%。", 86, 83, 96.5], // only 83 of 86 gives 96.5%
  ])("%s → handled %s, resolved %s, rate %s", (body, handled, resolved, rate) => {
    expect(valueOf(body, "disputes_handled")).toBe(handled);
    expect(valueOf(body, "disputes_resolved")).toBe(resolved);
    expect(valueOf(body, "dispute_resolution_pct")).toBe(rate);
  });

  it("cites the mediated count as its evidence", () => {
    expect(observe("全年共调处各类矛盾纠纷70余起。", "disputes_handled")).toMatchObject({
      value: 70,
      unit: "起",
      approx: "at_least",
      basis: "stated",
      rule: "disputes.mediated-count",
      evidence: { text: "调处各类矛盾纠纷70余起" },
    });
  });

  it("derives resolved = handled from 已全部化解, with both spans as sources", () => {
    const o = observe("排查出纠纷67件，包括邻里纠纷25件、其它42件，已全部化解。", "disputes_resolved")!;
    expect(o).toMatchObject({ value: 67, basis: "derived", rule: "disputes.all-resolved" });
    expect(o.evidence.text.startsWith("排查出纠纷67件")).toBe(true);
    expect(o.evidence.text.endsWith("已全部化解")).toBe(true);
    expect(o.sources?.map((s) => s.text)).toEqual(["排查出纠纷67件", "已全部化解"]);
    expect(o.derivation).toContain("67");
  });

  it("derives resolved = handled from a stated 100% rate", () => {
    const o = observe("全年共排查化解矛盾纠纷38起，化解率100%。", "disputes_resolved")!;
    expect(o).toMatchObject({ value: 38, basis: "derived", rule: "disputes.full-rate" });
    expect(o.sources?.map((s) => s.text)).toEqual(["排查化解矛盾纠纷38起", "化解率100%"]);
  });

  it("derives the rate from the two counts, rounded to one decimal", () => {
    const o = observe("调处纠纷167起，调解成功156起。", "dispute_resolution_pct")!;
    expect(o).toMatchObject({ value: 93.4, unit: "%", basis: "derived", rule: "disputes.rate-from-counts" });
    expect(o.sources).toHaveLength(2);
    expect(o.derivation).toBe("调处167起，化解156起 → 93.4%");
  });
});
