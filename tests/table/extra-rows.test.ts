import { describe, expect, it } from "vitest";
import { alternativesOf, noReportRows } from "../../src/derive";
import { pinnedColumns, WIDTH } from "../../src/table/columns";
import { buildRows, isReportRow } from "../../src/table/rows";
import { obs, report } from "./fixtures";

// 数据表 (issue 11): rows for township-years with no report (未报送), kept-both alternatives marked,
// and 乡镇 + 年度 (+ 县 across counties) pinned when scrolling sideways.
const metas = [
  { columnId: "township", kind: "township" },
  { columnId: "county", kind: "county" },
  { columnId: "year", kind: "year" },
  { columnId: "disputes_handled", kind: "indicator" },
];

describe("pinned columns", () => {
  it("pins 乡镇 and 年度 in one county, with stacked offsets", () => {
    const pins = pinnedColumns(metas, false);
    expect([...pins]).toEqual([
      ["township", 0],
      ["year", WIDTH.township],
    ]);
  });
  it("pins 县 too when the rows span counties", () => {
    const pins = pinnedColumns(metas, true);
    expect([...pins]).toEqual([
      ["township", 0],
      ["county", WIDTH.township],
      ["year", WIDTH.township + WIDTH.county],
    ]);
    // A hidden county column leaves no gap.
    expect(
      pinnedColumns(
        metas.filter((m) => m.kind !== "county"),
        true,
      ).get("year"),
    ).toBe(WIDTH.township);
  });
});

describe("rows beyond the reports", () => {
  const a23 = report("甲镇", 2023, [obs("disputes_handled", 5)]);
  const b23 = report("乙镇", 2023, [obs("disputes_handled", 7)]);
  const a24 = report("甲镇", 2024, [obs("disputes_handled", 6)]);
  const a24alt = { ...report("甲镇", 2024, [obs("disputes_handled", 9)], { id: "alt" }), alternative: true };
  const reports = [a23, b23, a24];

  it("adds a 未报送 row per township-year without a report, with no figures", () => {
    const missing = noReportRows(reports, null, [2023, 2024]);
    const rows = buildRows(reports, null, { noReport: missing, alternatives: null });
    const nr = rows.filter((r) => !isReportRow(r));
    expect(nr.map((r) => [r.township, r.year, r.kind])).toEqual([["乙镇", 2024, "no_report"]]);
    expect(Object.values(nr[0]!.values).every((v) => v === null)).toBe(true);
    // Default order keeps it beside the township's other years.
    expect(rows.map((r) => `${r.township}${r.year}`)).toEqual([
      "甲镇2023",
      "甲镇2024",
      "乙镇2023",
      "乙镇2024",
    ]);
  });

  it("marks an alternative 备选 and its primary 另有一份", () => {
    const all = [...reports, a24alt];
    const rows = buildRows(reports, null, { noReport: [], alternatives: alternativesOf(all) });
    expect(rows.find((r) => r.reportId === "alt")?.kind).toBe("alternative");
    expect(rows.find((r) => r.reportId === a24.id)?.hasAlternative).toBe(true);
    expect(rows.filter((r) => r.township === "甲镇" && r.year === 2024)).toHaveLength(2);
  });
});
