import { describe, expect, it } from "vitest";
import { INDICATOR_IDS } from "../../src/domain";
import { buildRows, reportToRow } from "../../src/table/rows";
import * as pinyinPro from "pinyin-pro";
import { matchesSearch, searchKey } from "../../src/derive";
import { obs, report, sampleReports } from "./fixtures";

describe("reportToRow", () => {
  it("has a slot for every indicator: null when not stated, the figure when stated", () => {
    const row = reportToRow(report("咸宜镇", 2023, [obs("disputes_handled", 70, { approx: "at_least" })]));
    expect(Object.keys(row.values).sort()).toEqual([...INDICATOR_IDS].sort());
    expect(row.values.disputes_handled).toMatchObject({
      value: 70,
      approx: "at_least",
      basis: "stated",
      unit: "起",
    });
    expect(row.values.publicity_events).toBeNull();
  });

  it("keeps a stated 0 as 0, distinct from not stated", () => {
    const row = reportToRow(report("许疃镇", 2023, [obs("legal_aid_cases", 0)]));
    expect(row.values.legal_aid_cases?.value).toBe(0);
    expect(row.values.admin_litigation_cases).toBeNull();
  });

  it("records evidence presence, derivation and the counts", () => {
    const row = reportToRow(
      report("咸宜镇", 2023, [obs("villages_total", 6, { basis: "derived", derivation: "5村1居 → 6" })], {
        shortcomings: 2,
      }),
    );
    expect(row.values.villages_total).toMatchObject({
      hasEvidence: true,
      basis: "derived",
      derivation: "5村1居 → 6",
    });
    expect(row.missingKey).toBe(4);
    expect(row.shortcomings).toBe(2);
  });

  it("treats an empty evidence span as no evidence", () => {
    const o = obs("petitions", 12);
    o.evidence = { start: 5, end: 5, text: "" };
    expect(reportToRow(report("甲镇", 2023, [o])).values.petitions?.hasEvidence).toBe(false);
  });

  it("takes the first observation when a record repeats an indicator, and drops non-finite values", () => {
    const row = reportToRow(
      report("甲镇", 2023, [obs("petitions", Number.NaN), obs("petitions", 128), obs("petitions", 40)]),
    );
    expect(row.values.petitions?.value).toBe(128);
  });

  it("carries an unreadable report's error", () => {
    const row = reportToRow(report("新乡镇", 2022, [], { error: "无法识别的文件编码" }));
    expect(row.error).toBe("无法识别的文件编码");
    expect(Object.values(row.values).every((v) => v === null)).toBe(true);
  });
});

describe("buildRows", () => {
  it("orders by county, then township in pinyin order, then year; unknown county last", () => {
    const rows = buildRows([
      report("咸宜镇", 2024),
      report("东安乡", 2023),
      report("咸宜镇", 2022),
      report("许疃镇", 2023, [], { county: "蒙城县" }),
      report("某镇", 2023, [], { county: null }),
    ]);
    expect(rows.map((r) => `${r.county ?? "?"}/${r.township}/${r.year}`)).toEqual([
      "城口县/东安乡/2023",
      "城口县/咸宜镇/2022",
      "城口县/咸宜镇/2024",
      "蒙城县/许疃镇/2023",
      "?/某镇/2023",
    ]);
  });

  it("keeps row ids unique when two reports share an id, and keeps the report id for evidence", () => {
    const rows = buildRows([report("甲镇", 2023), report("甲镇", 2023)]);
    expect(new Set(rows.map((r) => r.rowId)).size).toBe(2);
    expect(rows.every((r) => r.reportId === "2023-城口县-甲镇")).toBe(true);
  });

  it("builds one row per report", () => {
    expect(buildRows(sampleReports())).toHaveLength(4);
  });
});

describe("search", () => {
  it("matches name, county, full pinyin and initials, case-insensitively", () => {
    const key = searchKey("咸宜镇", "城口县", pinyinPro);
    for (const q of ["咸宜", "城口", "xianyi", "XYZ", "xy 城口"]) expect(matchesSearch(key, q), q).toBe(true);
    for (const q of ["许疃", "xtz", "xy 蒙城"]) expect(matchesSearch(key, q), q).toBe(false);
  });

  it("before pinyin-pro has loaded, characters still match and pinyin does not (yet)", () => {
    const key = searchKey("咸宜镇", "城口县");
    expect(key).toBe("咸宜镇 城口县");
    expect(matchesSearch(key, "咸宜")).toBe(true);
    expect(matchesSearch(key, "xyz")).toBe(false);
    expect(buildRows([report("甲镇", 2023)])[0]?.search).toBe("甲镇 城口县");
  });
});
