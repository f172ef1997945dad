// Every view and export tells what a person checked from what the engine read: the table and its
// XLSX sheet, chart tooltips, completeness, the evidence panel and the deck's appendix.
import { describe, expect, it } from "vitest";
import { rankingTooltip, trendsTooltip } from "../../src/charts";
import { byIndicatorOption } from "../../src/charts/completeness";
import { theme } from "../../src/charts/theme";
import { resolveEvidence } from "../../src/components/resolveEvidence";
import {
  applyCorrections,
  completenessOf,
  rankingOf,
  scopeOf,
  trendsOf,
  type ReviewedRecord,
} from "../../src/derive";
import type { StoredReport } from "../../src/domain";
import { runEngine } from "../../src/extract";
import { buildDeckModel } from "../../src/export/deckModel";
import { withReviewMark } from "../../src/export/reviewMarks";
import { toSheet } from "../../src/export/sheet";
import { visibleTable } from "../../src/table/visible";
import type { Correction, ImportedReport } from "../../src/workspace/types";
import { makeTable } from "../table/harness";

const TEXT = `城口县咸宜镇2023年法治政府建设情况报告
全镇共有14个村（社区），法律顾问覆盖率100%。全年调处各类矛盾纠纷70余起，调处成功68起。开展普法宣传活动120余场次。
`;
const who = { by: "李四", at: "2026-01-02T10:00:00Z" };

function reviewed(): (ReviewedRecord & StoredReport)[] {
  const { text, ...record } = runEngine(TEXT, "a.txt");
  const imp: ImportedReport = {
    key: "k1",
    file: "a.txt",
    importedAt: who.at,
    engineVersion: "1",
    record,
    text,
  };
  const cs: Correction[] = [
    { id: "1", ...who, kind: "figure", key: "k1", indicator: "disputes_handled", action: "set", value: 75 },
    {
      id: "2",
      ...who,
      kind: "figure",
      key: "k1",
      indicator: "legal_advisor_coverage_pct",
      action: "confirm",
      value: 100,
    },
    { id: "3", ...who, kind: "figure", key: "k1", indicator: "publicity_events", action: "reject" },
  ];
  return applyCorrections([imp], cs).map((r) => ({ ...r, text }));
}

describe("review marks", () => {
  const reports = reviewed();
  const scope = scopeOf(reports, null);

  it("the table carries the corrected value, its mark, and a 核对 column; the XLSX sheet too", () => {
    const v = visibleTable(makeTable(reports));
    const col = v.columns.findIndex((c) => c.id === "disputes_handled");
    expect(v.rows[0]?.cells[col]).toBe(75);
    expect(v.rows[0]?.review?.[col]).toBe("corrected");
    expect(v.rows[0]?.cells.at(-1)).toBe("3/6");
    const sheet = toSheet(v, { fictional: false });
    const h = sheet.columns.map((c) => c.header);
    const at = h.indexOf("调处纠纷数核对");
    expect(at).toBeGreaterThan(h.indexOf("调处纠纷数（起）"));
    expect(sheet.rows[0]?.[at]).toBe("人工校对");
    expect(sheet.rows[0]?.[h.indexOf("法律顾问覆盖率核对")]).toBe("已核对");
    expect(sheet.rows[0]?.[h.indexOf("核对")]).toBe("3/6");
  });

  it("chart tooltips say who checked a figure and what the engine had read", () => {
    const rk = rankingOf(scope, "disputes_handled", 2023);
    const html = rankingTooltip(rk, theme)({ data: { bar: rk.bars[0] } } as never);
    expect(html).toContain("人工校对 · 李四");
    expect(html).toContain("引擎读数：70");
    const tr = trendsOf(scope, {
      indicator: "legal_advisor_coverage_pct",
      townships: null,
      years: null,
      mode: "absolute",
      highlight: null,
    });
    const s = tr.series[0]!;
    const tip = trendsTooltip(tr, theme)({ data: { point: s.points[0], label: s.label } } as never);
    expect(tip).toContain("已核对 · 李四");
  });

  it("completeness tells checked from unchecked cells (a rejected figure was checked too)", () => {
    const vm = completenessOf(scope, 2023);
    const row = vm.byIndicator[0]!;
    const by = Object.fromEntries(row.map((c) => [c.indicator, c.review]));
    expect(by).toEqual({
      legal_advisor_coverage_pct: "checked",
      disputes_handled: "checked",
      dispute_resolution_pct: "unchecked",
      publicity_events: "checked",
    });
    const labels = (
      byIndicatorOption(vm).series as { data: { label: { formatter: string } }[] }[]
    )[0]!.data.map((d) => d.label.formatter);
    expect(labels[0]).toBe("100 ✓");
    expect(labels[2]).not.toContain("✓");
    // Bundled reports (no `reviewed`) are neither.
    const plain = completenessOf(scopeOf([{ ...runEngine(TEXT, "a.txt") }], null), 2023);
    expect(plain.byIndicator[0]!.every((c) => c.review === undefined)).toBe(true);
  });

  it("the evidence panel says 人工校对 with who, when and the engine's value; a rejected figure says so", () => {
    const r = reports[0]!;
    const set = resolveEvidence({ kind: "figure", reportId: r.id, indicator: "disputes_handled" }, r, "");
    expect(set.facts.find(([k]) => k === "核对")?.[1]).toMatch(/^人工校对 · 李四 · 2026-01-02/);
    expect(set.facts.find(([k]) => k === "引擎读数")?.[1]).toBe("70起");
    const rej = resolveEvidence({ kind: "figure", reportId: r.id, indicator: "publicity_events" }, r, "");
    expect(rej.note).toContain("已驳回");
    expect(rej.marks).toHaveLength(1);
  });

  it("the deck's appendix marks checked figures and explains the marks", () => {
    const deck = buildDeckModel({
      reports,
      county: "城口县",
      year: 2023,
      fictional: false,
      date: "2026-01-03",
    });
    const tables = deck.slides.filter((s) => s.kind === "table" && s.title.includes("附表"));
    const cells = tables.flatMap((s) => (s.kind === "table" ? s.rows.flat() : []));
    expect(cells).toContain("75余起 ✎");
    expect(cells).toContain("100% ✓");
    expect(tables.some((s) => s.kind === "table" && s.finding.includes("✎人工校对"))).toBe(true);
    expect(withReviewMark("5起", undefined)).toBe("5起");
  });
});
