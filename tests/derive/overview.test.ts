import { describe, expect, it } from "vitest";
import { rankLabel } from "../../src/charts";
import {
  approxAffixes,
  formatChange,
  formatFigure,
  headlinesOf,
  namesOf,
  overviewOf,
  rankingOf,
  scopeOf,
} from "../../src/derive";
import { COUNTY, fixtureReports } from "../export/fixture";

const scope = scopeOf(fixtureReports, COUNTY);

describe("overview ties and headlines", () => {
  it("keeps every township at the highest figure, not the first of a tie", () => {
    // 2024 legal advisor coverage: 甲镇 and 戊镇 both at 100%.
    const tile = overviewOf(scope, 2024).keyIndicators.find(
      (k) => k.indicator.id === "legal_advisor_coverage_pct",
    )!;
    expect(tile.maxAll.map((f) => f.township)).toEqual(["甲镇", "戊镇"]);
    expect(tile.minAll.map((f) => f.township)).toEqual(["己镇"]);
    expect(namesOf(["甲镇", "乙镇", "丙乡"])).toBe("甲镇、乙镇等3个乡镇");
  });

  it("counts a township with no report among those missing key indicators, once for screen and deck", () => {
    const vm = overviewOf(scope, 2024);
    expect([vm.missingKeyWithReport, vm.noReport, vm.missingKey]).toEqual([2, 1, 3]);
    const h = headlinesOf(vm);
    expect(h.map((x) => [x.id, x.value, x.warn])).toEqual([
      ["received", "5 / 6", false],
      ["missing", "3 个乡镇", true],
      ["recurring", "2 项", true],
    ]);
    expect(h[1]!.note).toContain("有报告但缺项 2，未报送 1");
  });
});

describe("approximate values, written one way", () => {
  it("writes figures as the reports do and marks a change from an approximate figure", () => {
    expect(formatFigure(55, "起", "about")).toBe("约55起");
    expect(formatFigure(30, "起", "at_least")).toBe("30余起");
    expect(formatFigure(95, "%", "at_least")).toBe("95%以上");
    expect(approxAffixes("at_least", "起")).toEqual({ prefix: "", suffix: "余" });
    expect(formatChange(-15, "起", true)).toBe("约−15起");
    expect(formatChange(-15, "起")).toBe("−15起");
  });

  it("a ranking's change is approximate when either year's figure is", () => {
    const vm = rankingOf(scope, "disputes_handled", 2024);
    const yi = vm.bars.find((b) => b.label === "乙镇")!;
    expect(yi.changeApprox).toBe(true);
    expect(rankLabel(vm, yi)).toBe("70余起（约+35起）");
    const jia = vm.bars.find((b) => b.label === "甲镇")!;
    expect(rankLabel(vm, jia)).toBe("60起（+10起）");
  });
});
