import { describe, expect, it } from "vitest";
import { alternativesOf, noReportRows, NO_REPORT_LABEL, type Roster } from "../../src/derive";
import type { ReportRecord } from "../../src/domain";
import { zh } from "../../src/text/zh";
import { buildReport } from "../fixtures/dashboard";

const report = (township: string, year: number, county = "甲县"): ReportRecord =>
  buildReport({ township, county, year, body: [] });

const roster: Roster = {
  county: { code: "110101", name: "甲县" },
  entries: [
    { code: "110101001", name: "东镇" },
    { code: "110101002", name: "西镇" },
    { code: null, name: "南乡" },
  ],
};
const rows = (list: ReturnType<typeof noReportRows>) => list.map((r) => `${r.township.name}${r.year}`);

describe("noReportRows (未报送)", () => {
  it("is one label, 未报送, everywhere the status is named", () => {
    expect(NO_REPORT_LABEL).toBe("未报送");
    expect(zh.status.no_report).toBe(NO_REPORT_LABEL);
  });

  it("lists every roster township × year without a report, in roster order", () => {
    const east23 = { ...report("东镇", 2023), rosterKey: "110101001" };
    const west24 = { ...report("西镇", 2024), rosterKey: "110101002" };
    expect(rows(noReportRows([east23, west24], roster, [2023, 2024]))).toEqual([
      "东镇2024",
      "西镇2023",
      "南乡2023",
      "南乡2024",
    ]);
  });

  it("without a roster, counts the townships seen; an unreadable report is not 未报送", () => {
    const unreadable = { ...report("西镇", 2024), error: "文件损坏" };
    const list = noReportRows([report("东镇", 2023), report("西镇", 2023), unreadable], null, [2023, 2024]);
    expect(rows(list)).toEqual(["东镇2024"]);
  });

  it("is empty when every township reported every year", () => {
    expect(noReportRows([report("东镇", 2023)], null, [2023])).toEqual([]);
  });
});

describe("alternativesOf (保留两份)", () => {
  it("names the alternatives and the primary each stands beside", () => {
    const primary = { ...report("东镇", 2023), id: "p" };
    const alt = { ...report("东镇", 2023), id: "p#2", alternative: true as const };
    const orphan = { ...report("西镇", 2023), id: "o", alternative: true as const };
    const other = { ...report("东镇", 2024), id: "q" };
    const a = alternativesOf([primary, alt, orphan, other]);
    expect(a.rows.map((r) => r.id)).toEqual(["p#2", "o"]);
    expect([...a.ofPrimary]).toEqual([["p", ["p#2"]]]);
    expect(a.primaryOf.get("p#2")).toBe("p");
    expect(a.primaryOf.get("o")).toBeNull();
  });
});
