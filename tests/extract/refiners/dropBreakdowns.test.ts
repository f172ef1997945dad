import { describe, expect, it } from "vitest";
import { valueOf } from "../helpers";

describe("dropBreakdowns", () => {
  it.each([
    ["petitions", "网上信访案件共128件，其中初访30件、重访20件。", 128],
    ["disputes_handled", "排查出纠纷67件，包括邻里纠纷25件、其它42件。", 67],
    // A breakdown runs to the end of its sentence: no part after 其中 is summed on top of the total.
    ["publicity_events", "开展普法宣传活动七十余场次，其中进社区40场次、进校园15场次、进企业10场次。", 70],
    ["publicity_events", "开展普法宣传活动20场（含线上活动5场、线下活动15场）。", 20],
    // A sentence that opens with 其中 breaks down the sentence before it.
    [
      "publicity_events",
      "开展送法进村入户活动32次，张贴标语300余条，发放各类宣传资料六千余份。其中，开展“法律进校园”活动4次、“法律进企业”活动2次。",
      32,
    ],
  ] as const)("%s: %s → %d", (id, body, value) => {
    expect(valueOf(body, id)).toBe(value);
  });

  it.each([
    // Without 其中 the next sentence's parts are parts of the year, summed.
    ["publicity_events", "开展送法进乡村8次。开展送法进校园2次。", 10],
    // 其中 two sentences later no longer reaches back.
    ["publicity_events", "开展送法进乡村8次。发放资料500份。调处纠纷3起。其中，开展送法进校园2次。", 10],
  ] as const)("not a breakdown: %s → %d", (id, body, value) => {
    expect(valueOf(body, id)).toBe(value);
  });
});
