import { describe, expect, it } from "vitest";
import {
  completenessOf,
  headlinesOf,
  keyTrendsOf,
  overviewOf,
  rankingOf,
  scopeOf,
  shortcomingsOf,
  trendsOf,
} from "../../src/derive";
import type { IndicatorId } from "../../src/domain";
import {
  completenessFinding,
  keyTrendsFinding,
  namesOf,
  overviewFinding,
  rankingFinding,
  recurrenceFinding,
  trendFinding,
} from "../../src/export/findings";
import { COUNTY, fixtureReports } from "./fixture";

const scope = scopeOf(fixtureReports, COUNTY);
const trend = (indicator: IndicatorId, years: [number, number] = [2022, 2024]) =>
  trendsOf(scope, { indicator, townships: null, years, mode: "absolute", highlight: null });

describe("rankingFinding", () => {
  it.each<[IndicatorId, number, string]>([
    [
      "legal_advisor_coverage_pct",
      2024,
      "6个乡镇中有2个未写明法律顾问覆盖率（其中1个未报送）；已写明的4个乡镇中位数为97.5%，最高为甲镇、戊镇（100%），最低为己镇（60%）。",
    ],
    [
      "disputes_handled",
      2024,
      "6个乡镇中有1个未写明调处纠纷数（其中1个未报送）；已写明的5个乡镇中位数为25起，最高为乙镇（70余起），最低为戊镇（5起）。",
    ],
    [
      "dispute_resolution_pct",
      2022,
      "6个乡镇中有3个未写明调解成功率（其中2个未报送）；已写明的3个乡镇中位数为95%，最高为丁镇（100%），最低为乙镇（90%）。",
    ],
    ["villages_total", 2024, "6个乡镇中有5个未写明村（社区）数（其中1个未报送）；仅甲镇写明，为14个。"],
    ["petitions", 2023, "6个乡镇均未写明信访件数（其中1个未报送）。"],
  ])("%s in %i", (indicator, year, sentence) => {
    expect(rankingFinding(rankingOf(scope, indicator, year))).toBe(sentence);
  });

  it("says when every township states the same figure", () => {
    const one = scopeOf(
      fixtureReports.filter((r) => r.township === "甲镇" || r.township === "戊镇"),
      COUNTY,
    );
    expect(rankingFinding(rankingOf(one, "legal_advisor_coverage_pct", 2024))).toBe(
      "2个乡镇均写明了法律顾问覆盖率；各乡镇均为100%。",
    );
  });

  it("does not call one township 'all'", () => {
    const one = scopeOf(
      fixtureReports.filter((r) => r.township === "己镇"),
      COUNTY,
    );
    expect(rankingFinding(rankingOf(one, "dispute_resolution_pct", 2024))).toBe(
      "本县仅有己镇一个乡镇的数据，调解成功率为93.4%。",
    );
  });

  it("names ties briefly", () => {
    expect(namesOf(["甲镇"])).toBe("甲镇");
    expect(namesOf(["甲镇", "乙镇"])).toBe("甲镇、乙镇");
    expect(namesOf(["甲镇", "乙镇", "丙乡", "丁镇"])).toBe("甲镇、乙镇等4个乡镇");
  });
});

describe("trendFinding", () => {
  it.each<[IndicatorId, string]>([
    ["disputes_handled", "2022—2024年，写明调处纠纷数的乡镇由4个增至5个；全县中位数保持在25起。"],
    [
      "publicity_events",
      "2022—2024年，写明普法活动场次的乡镇由3个增至5个；全县中位数由8场次升至15场次（+7场次）。",
    ],
    [
      "legal_advisor_coverage_pct",
      "2022—2024年，写明法律顾问覆盖率的乡镇由3个增至4个；全县中位数由90%升至97.5%（+7.5个百分点）。",
    ],
  ])("%s", (indicator, sentence) => {
    expect(trendFinding(trend(indicator))).toBe(sentence);
  });

  it("says when the number of townships stating it did not change", () => {
    expect(trendFinding(trend("publicity_events", [2023, 2024]))).toBe(
      "2023—2024年，每年写明普法活动场次的乡镇均为5个；全县中位数由9场次升至15场次（+6场次）。",
    );
  });

  it("does not compare a single year", () => {
    expect(trendFinding(trend("disputes_handled", [2024, 2024]))).toBe(
      "仅有2024年一个年度的数据，5个乡镇写明调处纠纷数，尚无法比较变化。",
    );
  });

  it("reads gaps as gaps, not as 0", () => {
    expect(trendFinding(trend("villages_total"))).toBe(
      "2022—2024年，写明村（社区）数的乡镇由0个增至1个；可比较的中位数不足两个年度。",
    );
  });
});

describe("other findings", () => {
  it("completeness", () => {
    expect(completenessFinding(completenessOf(scope, 2024))).toBe(
      "6个乡镇中，3个写明全部4项关键指标，2个缺少至少一项，1个未报送；最常缺少的是法律顾问覆盖率（1个乡镇未写明）。",
    );
  });

  it("recurrence", () => {
    expect(recurrenceFinding(shortcomingsOf(scope, 2024))).toBe(
      "2个乡镇的2项问题在两年及以上的报告中反复出现，最多的是“普法形式单一”（1个乡镇）。",
    );
    expect(recurrenceFinding(shortcomingsOf(scopeOf(fixtureReports, COUNTY), 2022))).toBe(
      "只有一个年度的报告，尚无法判断问题是否反复出现。",
    );
  });

  it("overview: the same 缺少关键指标 count as the overview's headline (a township without a report counts)", () => {
    const ov = overviewOf(scope, 2024);
    expect(overviewFinding(ov)).toBe(
      "2024年收到5个乡镇的报告（已知乡镇6个）；3个乡镇缺少至少一项关键指标（其中1个未报送）；2个乡镇有反复出现的问题。",
    );
    expect(headlinesOf(ov).find((h) => h.id === "missing")?.value).toBe("3 个乡镇");
  });

  it("key trends: each median's first and last year", () => {
    expect(keyTrendsFinding(keyTrendsOf(scope, 2024))).toBe(
      "2022—2024年，全县中位数：法律顾问覆盖率由90%升至97.5%；调处纠纷数保持在25起；调解成功率由95%升至95.7%；普法活动场次由8场次升至15场次。",
    );
  });
});
