// How township reports write their figures, in phrasings composed for this table (not copied from
// any report): Chinese numerals, 万 with decimals, 余/多, ranges, lists of kinds, cue vocabularies.
import { describe, expect, it } from "vitest";
import type { IndicatorId } from "../../src/domain";
import { observe } from "./helpers";

describe("number grammar and cue vocabulary", () => {
  it.each([
    ["全年开展普法宣传活动十余场次。", "publicity_events", 10, "at_least"],
    ["发放宣传资料1.2万余份。", "publicity_materials", 12000, "at_least"],
    ["覆盖群众两万余人次。", "publicity_audience", 20000, "at_least"],
    ["发放各类宣传资料3万余份，受教育群众1.5万人次。", "publicity_audience", 15000, "exact"],
    ["全年共调处矛盾纠纷一百二十起，调解成功一百一十八起。", "disputes_resolved", 118, "exact"],
    ["开展法治宣传活动20-30场次。", "publicity_events", 20, "at_least"],
    ["开展法治宣传活动二十至三十场。", "publicity_events", 20, "at_least"],
    ["开展送法下乡活动8场次、法治讲座进校园3场次。", "publicity_events", 11, "exact"],
    ["全镇现有持证执法人员二十一名。", "enforcement_staff", 21, "exact"],
    ["培养“法律明白人”一百二十名。", "law_literate_persons", 120, "exact"],
    ["辖12个行政村、2个社区。", "villages_total", 14, "exact"],
    ["全乡共有9个村民委员会和1个居民委员会。", "villages_total", 10, "exact"],
    ["全年开展“法律七进”活动52场次，受益群众1.2万人次。", "publicity_audience", 12000, "exact"],
    ["全年举办法治培训班3期。", "law_training_sessions", 3, "exact"],
    ["共排查矛盾纠纷35件，已调处化解33件。", "disputes_resolved", 33, "exact"],
    ["开展以案释法活动4场、庭审旁听1次。", "law_training_sessions", 5, "exact"],
    ["2021-2025年开展普法宣传8场。", "publicity_events", 8, "exact"],
  ] as const)("%s → %s %d (%s)", (body, id, value, approx) => {
    const o = observe(body, id as IndicatorId);
    expect(o?.value).toBe(value);
    expect(o?.approx).toBe(approx);
    expect(body).toContain(o?.evidence.text.slice(-2));
  });

  it.each([
    ["a frequency, not a count", "每季度开展2-3次集中学法。", "law_training_sessions"],
    ["contracts reviewed are not consultations", "镇政府法律顾问参与审查合同12份。", "legal_consultations"],
    ["visitors are not petition cases", "全年共接待群众来访86人次。", "petitions"],
  ] as const)("%s: %s", (_why, body, id) => {
    expect(observe(body, id as IndicatorId)).toBeUndefined();
  });

  // The engine's rule for ranges: the lower bound, at least. A bare lower bound shares the upper
  // bound's 万 or 千 when that keeps it below the upper bound.
  it.each([
    ["受教育群众1.2万-1.5万人次。", "publicity_audience", 12000, "受教育群众1.2万-1.5万人次"],
    ["受教育群众1.2—1.5万人次。", "publicity_audience", 12000, "受教育群众1.2—1.5万人次"],
    ["覆盖群众1.2万～1.5万余人次。", "publicity_audience", 12000, "覆盖群众1.2万~1.5万余人次"],
    ["受教育群众3000至5000人次。", "publicity_audience", 3000, "受教育群众3000至5000人次"],
    ["受教育群众8000-1万人次。", "publicity_audience", 8000, "受教育群众8000-1万人次"],
    ["发放宣传资料5-10万份。", "publicity_materials", 50000, "发放宣传资料5-10万份"],
    ["发放宣传资料1万-1万2千份。", "publicity_materials", 10000, "发放宣传资料1万-1万2千份"],
    ["受教育群众一至二万人次。", "publicity_audience", 10000, "受教育群众一至二万人次"],
    ["发放宣传资料一千至两千份。", "publicity_materials", 1000, "发放宣传资料一千至两千份"],
    ["开展法治宣传活动20～30场次。", "publicity_events", 20, "开展法治宣传活动20~30场次"],
  ] as const)("range %s → %s %d, at least", (body, id, value, evidence) => {
    const o = observe(body, id as IndicatorId);
    expect(o?.value).toBe(value);
    expect(o?.approx).toBe("at_least");
    expect(o?.evidence.text).toBe(evidence);
  });

  it("a range's evidence runs from its lower bound", () => {
    expect(observe("开展法治宣传活动20-30场次。", "publicity_events")?.evidence.text).toBe(
      "开展法治宣传活动20-30场次",
    );
  });
});
