import { describe, expect, it } from "vitest";
import { keyTrendsOption, rankingOption } from "../../src/charts";
import { keyTrendsOf, rankingOf, scopeOf } from "../../src/derive";
import type { StoredReport } from "../../src/domain";
import { deckKeyTrendsOption, deckRanking, deckRankingOption } from "../../src/export/deckCharts";
import { COUNTY, fixtureReports } from "./fixture";

describe("deck charts", () => {
  it("shows the five highest and five lowest of a long ranking, the county's median kept", () => {
    const many: StoredReport[] = Array.from({ length: 14 }, (_, i) => ({
      ...fixtureReports[0]!,
      id: `r${i}`,
      township: `第${i + 1}镇`,
      year: 2024,
      indicators: [{ ...fixtureReports[0]!.indicators[1]!, value: i + 1 }],
    }));
    const vm = rankingOf(scopeOf(many, COUNTY), "disputes_handled", 2024);
    const shown = deckRanking(vm);
    expect(shown.bars.map((b) => b.value)).toEqual([14, 13, 12, 11, 10, 5, 4, 3, 2, 1]);
    expect(shown.median).toBe(vm.median);
  });

  it("labels every bar and writes only the year under the small multiples", () => {
    const scope = scopeOf(fixtureReports, COUNTY);
    const r = deckRankingOption(rankingOption(rankingOf(scope, "disputes_handled", 2024)));
    expect((r.yAxis as { axisLabel: { interval: number; fontSize: number } }).axisLabel).toMatchObject({
      interval: 0,
      fontSize: 14,
    });
    const k = deckKeyTrendsOption(keyTrendsOption(keyTrendsOf(scope, 2024)));
    const x = (k.xAxis as { axisLabel: { formatter: (y: string) => string } }[])[0]!;
    expect(x.axisLabel.formatter("2023")).toBe("23年");
  });
});
