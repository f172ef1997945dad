import { describe, expect, it } from "vitest";
import { applyCorrections, locateEvidence, reviewTotals } from "../../src/derive/corrections";
import { toContractRecord } from "../../src/data";
import { DEFAULT_CONFIGURATION, runEngine, type Configuration } from "../../src/extract";
import type { Correction, ImportedReport } from "../../src/workspace/types";

const TEXT = `城口县咸宜镇2023年法治政府建设情况报告
2023年，咸宜镇深入推进法治政府建设。全镇共有14个村（社区），法律顾问覆盖率100%。全年调处各类矛盾纠纷70余起，调处成功68起。开展普法宣传活动120余场次，发放宣传资料28000余份。解答法律咨询51人次。培育法律明白人294人。
二、存在的不足
一是普法宣传形式单一，针对性不强。二是执法力量薄弱，专业人员不足。三是村组干部法律知识欠缺。
`;
const KEY = "sha256:abc";

function imported(raw = TEXT, config: Configuration = DEFAULT_CONFIGURATION, version = "1"): ImportedReport {
  const { text, ...record } = runEngine(raw, "咸宜镇.txt", config);
  return {
    key: KEY,
    file: "咸宜镇.txt",
    importedAt: "2026-01-01T00:00:00Z",
    engineVersion: version,
    record,
    text,
  };
}

let n = 0;
const who = { by: "张三", at: "2026-01-02T10:00:00Z" };
const fig = (c: Partial<Correction> & Record<string, unknown>): Correction =>
  ({ id: `c${++n}`, ...who, kind: "figure", key: KEY, ...c }) as Correction;

const base = imported();
const span = (s: string) => {
  const start = base.text.indexOf(s);
  return { start, end: start + s.length, text: s };
};

describe("applyCorrections", () => {
  it("leaves a report without corrections as the engine wrote it, unreviewed", () => {
    const [r] = applyCorrections([base], []);
    expect(r?.indicators).toEqual(base.record.indicators);
    expect(r?.importKey).toBe(KEY);
    expect(r?.reviewed).toEqual({ done: 0, total: base.record.indicators.length });
    expect(r?.indicators.some((o) => o.review)).toBe(false);
  });

  it("confirm marks the engine's value as checked, with who and when", () => {
    const [r] = applyCorrections(
      [base],
      [fig({ indicator: "disputes_handled", action: "confirm", value: 70 })],
    );
    const o = r?.indicators.find((x) => x.id === "disputes_handled");
    expect(o?.value).toBe(70);
    expect(o?.review).toEqual({ state: "confirmed", by: "张三", at: who.at });
    expect(r?.reviewed.done).toBe(1);
  });

  it("set replaces the value, keeps the engine's value beside it and stops calling it derived", () => {
    const [r] = applyCorrections(
      [base],
      [fig({ indicator: "dispute_resolution_pct", action: "set", value: 97 })],
    );
    const o = r?.indicators.find((x) => x.id === "dispute_resolution_pct");
    expect(o?.value).toBe(97);
    expect(o?.review).toMatchObject({ state: "corrected", engineValue: 97.1 });
    expect(o?.basis).toBe("stated");
    expect(o?.derivation).toBeUndefined();
    expect(o?.evidence.text).toBe("调处各类矛盾纠纷70余起，调处成功68起");
  });

  it("reject takes the figure out of the indicators, keeps it for review and updates missing", () => {
    const [r] = applyCorrections([base], [fig({ indicator: "publicity_events", action: "reject" })]);
    expect(r?.indicators.some((o) => o.id === "publicity_events")).toBe(false);
    expect(r?.rejected?.[0]).toMatchObject({ id: "publicity_events", value: 120 });
    expect(r?.rejected?.[0]?.review?.state).toBe("rejected");
    expect(r?.missing).toContain("publicity_events");
    expect(r?.reviewed).toEqual({ done: 1, total: base.record.indicators.length });
  });

  it("add puts in a figure the engine missed, with the selected text as evidence", () => {
    const evidence = span("培育法律明白人294人");
    const had = base.record.indicators.some((o) => o.id === "law_literate_persons");
    const [r] = applyCorrections(
      [base],
      [fig({ indicator: "law_literate_persons", action: "add", value: 294, unit: "人", evidence })],
    );
    const o = r?.indicators.find((x) => x.id === "law_literate_persons");
    expect(o).toMatchObject({ value: 294, unit: "人", basis: "stated", rule: "manual", evidence });
    expect(o?.review?.state).toBe("added");
    expect(r?.reviewed.total).toBe(base.record.indicators.length + (had ? 0 : 1));
  });

  it("the latest correction of a figure wins; removing it (undo) brings the earlier one back", () => {
    const first = fig({ indicator: "disputes_handled", action: "set", value: 71 });
    const second = fig({
      indicator: "disputes_handled",
      action: "set",
      value: 72,
      at: "2026-01-03T00:00:00Z",
    });
    const value = (cs: Correction[]) =>
      applyCorrections([base], cs)[0]?.indicators.find((o) => o.id === "disputes_handled")?.value;
    expect(value([second, first])).toBe(72);
    expect(value([first])).toBe(71);
    expect(value([])).toBe(70);
  });

  it("meta corrections set township, county and year, and the id follows them", () => {
    const meta = (field: string, value: unknown): Correction =>
      ({ id: `m${++n}`, ...who, kind: "meta", key: KEY, field, value }) as Correction;
    const [r] = applyCorrections([base], [meta("county", "巫溪县"), meta("year", 2022)]);
    expect(r).toMatchObject({ county: "巫溪县", year: 2022, township: "咸宜镇", id: "2022-巫溪县-咸宜镇" });
    expect(r?.metaReview?.county).toEqual({ ...who, engineValue: "城口县" });
    const [cleared] = applyCorrections([base], [meta("county", "  ")]);
    expect(cleared?.county).toBeNull();
  });

  it("shortcoming corrections find the item by its text, not its position", () => {
    const item = base.record.shortcomings[1]!;
    const sc = (c: Record<string, unknown>): Correction =>
      ({ id: `s${++n}`, ...who, kind: "shortcoming", key: KEY, ...c }) as Correction;
    const setCat = sc({
      action: "set_category",
      item: { ...item, start: 0, end: 1 },
      category: "admin_capacity",
    });
    const remove = sc({ action: "remove", item: base.record.shortcomings[0]! });
    const added = sc({ action: "add", item: span("培育法律明白人294人"), category: "other" });
    const [r] = applyCorrections([base], [setCat, remove, added]);
    expect(r?.shortcomings.map((s) => [s.text, s.category, s.review?.state])).toEqual([
      ["培育法律明白人294人", "other", "added"],
      [item.text, "admin_capacity", "corrected"],
      [base.record.shortcomings[2]!.text, base.record.shortcomings[2]!.category, undefined],
    ]);
    expect(r?.shortcomings[1]?.review?.engineCategory).toBe("workforce");
  });

  it("records of a non-primary report are marked as the alternative", () => {
    const [r] = applyCorrections([{ ...base, primary: false }], []);
    expect(r?.alternative).toBe(true);
  });
});

describe("re-extraction and stale evidence", () => {
  // A newer engine: no disputes parser, and the file edited so every offset moves.
  const changedEngine: Configuration = {
    ...DEFAULT_CONFIGURATION,
    parsers: DEFAULT_CONFIGURATION.parsers.filter((p) => p !== DEFAULT_CONFIGURATION.parsers[2]),
  };
  const all: Correction[] = [
    fig({
      indicator: "disputes_handled",
      action: "confirm",
      value: 70,
      evidence: span("调处各类矛盾纠纷70余起"),
    }),
    fig({ indicator: "legal_advisor_coverage_pct", action: "set", value: 95 }),
    fig({ indicator: "publicity_events", action: "reject" }),
    fig({
      indicator: "law_literate_persons",
      action: "add",
      value: 294,
      unit: "人",
      evidence: span("培育法律明白人294人"),
    }),
    { id: "m-x", ...who, kind: "meta", key: KEY, field: "county", value: "巫溪县" },
    {
      id: "s-x",
      ...who,
      kind: "shortcoming",
      key: KEY,
      action: "set_category",
      item: base.record.shortcomings[0]!,
      category: "other",
    },
  ];
  const summary = (text: string, config: Configuration) => {
    const r = applyCorrections([imported(text, config, "2")], all)[0]!;
    const f = (id: string) => r.indicators.find((o) => o.id === id) ?? r.rejected?.find((o) => o.id === id);
    return { r, f };
  };

  it("a changed engine keeps every correction; moved evidence is found again, not stale", () => {
    const moved = TEXT.replace("2023年，咸宜镇", "2023年，我镇认真贯彻落实上级部署，咸宜镇");
    const before = imported(moved, changedEngine, "2");
    expect(before.record.indicators.some((o) => o.id === "disputes_handled")).toBe(false);
    const { r, f } = summary(moved, changedEngine);
    expect(f("disputes_handled")).toMatchObject({ value: 70, review: { state: "confirmed" } });
    expect(f("disputes_handled")?.evidence.start).toBe(moved.indexOf("调处各类矛盾纠纷70余起") - 0);
    expect(f("legal_advisor_coverage_pct")).toMatchObject({ value: 95, review: { state: "corrected" } });
    expect(f("publicity_events")?.review?.state).toBe("rejected");
    expect(f("law_literate_persons")).toMatchObject({ value: 294, review: { state: "added" } });
    expect(r.county).toBe("巫溪县");
    expect(r.shortcomings.find((s) => s.text === base.record.shortcomings[0]!.text)?.category).toBe("other");
    for (const id of ["disputes_handled", "legal_advisor_coverage_pct", "law_literate_persons"])
      expect(f(id)?.review?.stale).toBeUndefined();
    expect(r.reviewed.done).toBe(4);
  });

  it("a correction whose evidence text is gone is flagged stale and still applied", () => {
    const edited = TEXT.replace("培育法律明白人294人", "培育法律明白人三百人").replace(
      "普法宣传形式单一，针对性不强。",
      "宣传方式较少。",
    );
    const { r, f } = summary(edited, DEFAULT_CONFIGURATION);
    expect(f("law_literate_persons")).toMatchObject({ value: 294, review: { state: "added", stale: true } });
    expect(f("disputes_handled")?.review?.stale).toBeUndefined();
    expect(r.unattached).toEqual(["s-x"]);
  });

  it("locateEvidence: same place, moved, or gone", () => {
    const e = span("解答法律咨询51人次");
    expect(locateEvidence(base.text, e)).toEqual(e);
    expect(locateEvidence(`前言。${base.text}`, e)?.start).toBe(e.start + 3);
    expect(locateEvidence("别的文字", e)).toBeNull();
  });
});

describe("contract outputs", () => {
  it("toContractRecord never writes review marks or app-only fields", () => {
    const [r] = applyCorrections([base], [fig({ indicator: "disputes_handled", action: "set", value: 71 })]);
    const json = JSON.stringify(toContractRecord(r!));
    expect(json).not.toMatch(/review|importKey|reviewed/);
    expect(json).toContain('"value":71');
  });

  it("reviewTotals adds up figures over reports", () => {
    expect(reviewTotals([{ reviewed: { done: 2, total: 5 } }, { reviewed: { done: 1, total: 3 } }])).toEqual({
      done: 3,
      total: 8,
    });
  });
});

describe("recordId", () => {
  it("builds the id as the engine does (year-county-township, the file when no township)", async () => {
    const { reportId } = await import("../../src/extract");
    const { recordId } = await import("../../src/derive/corrections");
    const cases: [number | null, string | null, string | null, string][] = [
      [2023, "城口县", "咸宜镇", "a.txt"],
      [null, "城口县", "咸宜镇", "a.txt"],
      [2023, null, null, "dir/某镇报告.docx"],
    ];
    for (const [y, c, t, f] of cases) expect(recordId(y, c, t, f)).toBe(reportId(y, c, t, f));
  });
});
