// Golden tests: the five sample reports against the hand-checked answers (tests/fixtures/gold.json).
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { IndicatorId, StoredReport } from "../../src/domain";
import { extractReport } from "../../src/extract";
import { failures, scoreGold } from "./scoring";

interface GoldCase {
  file: string;
  township: string;
  county: string | null;
  year: number;
  indicators: Partial<Record<IndicatorId, number[]>>;
  shortcomings: { required: string[]; optional: string[] };
  missing: string[];
}

const root = resolve(__dirname, "../..");
const gold = JSON.parse(readFileSync(resolve(root, "tests/fixtures/gold.json"), "utf8")) as {
  cases: GoldCase[];
};
const squash = (s: string) => s.normalize("NFKC").replace(/\s+/g, "");

describe("samples, scored as the contract's scorer does", () => {
  const score = scoreGold(resolve(root, "tests/fixtures/gold.json"), resolve(root, "data/reports"));
  it("indicators, shortcomings, metadata and the missing list: all 1.000", () => {
    expect(score.reports).toBe(5);
    expect(
      [score.indicatorF1, score.shortcomingsF1, score.metadata, score.missingExact],
      failures(score),
    ).toEqual([1, 1, 1, 1]);
  });
});

describe.each(gold.cases.map((c) => [c.file, c] as const))("%s", (file, c) => {
  const raw = readFileSync(resolve(root, "data/reports", file), "utf8");
  const r: StoredReport = extractReport(raw, file);

  it("metadata", () => {
    expect({ township: r.township, county: r.county, year: r.year }).toEqual({
      township: c.township,
      county: c.county,
      year: c.year,
    });
    expect(r.id).toBe(`${c.year}-${c.county}-${c.township}`);
  });

  it("indicators: exactly the stated ones, with accepted values", () => {
    const got = Object.fromEntries(r.indicators.map((o) => [o.id, o.value]));
    expect(Object.keys(got).sort()).toEqual(Object.keys(c.indicators).sort());
    for (const [id, accepted] of Object.entries(c.indicators)) expect(accepted).toContain(got[id]);
  });

  it("evidence: spans slice the normalised text and are found in the source", () => {
    for (const o of r.indicators) {
      expect(o.evidence.start).toBeLessThan(o.evidence.end);
      expect(r.text.slice(o.evidence.start, o.evidence.end)).toBe(o.evidence.text);
      expect(squash(raw)).toContain(squash(o.evidence.text));
      for (const s of o.sources ?? []) expect(r.text.slice(s.start, s.end)).toBe(s.text);
      if (o.basis === "derived") expect(o.derivation).toBeTruthy();
    }
  });

  it("shortcomings: every required category, nothing unexpected", () => {
    const cats = new Set(r.shortcomings.map((s) => s.category));
    for (const k of c.shortcomings.required) expect(cats).toContain(k);
    for (const k of cats) expect([...c.shortcomings.required, ...c.shortcomings.optional]).toContain(k);
    for (const s of r.shortcomings) expect(r.text.slice(s.start, s.end)).toBe(s.text);
  });

  it("missing: the key indicators not stated", () => {
    expect([...r.missing].sort()).toEqual([...c.missing].sort());
  });
});

describe("golden evidence spans", () => {
  const read = (file: string) =>
    extractReport(readFileSync(resolve(root, "data/reports", file), "utf8"), file);
  const obs = (r: StoredReport, id: IndicatorId) => r.indicators.find((o) => o.id === id)!;

  it("太平岭: the publicity sum runs from the first part to the last", () => {
    const o = obs(read("2023-zhuanghe-taipingling.txt"), "publicity_events");
    expect(o.evidence.text.startsWith("开展送法进乡村8次")).toBe(true);
    expect(o.evidence.text.endsWith("送法进企业1次")).toBe(true);
    expect(o.sources?.map((s) => s.text)).toEqual([
      "开展送法进乡村8次",
      "送法进校园2次",
      "送法进机关1次",
      "送法进企业1次",
    ]);
  });

  it("太平岭: resolved and the rate are derived from 排查出纠纷67件 … 已全部化解", () => {
    const r = read("2023-zhuanghe-taipingling.txt");
    expect(obs(r, "disputes_handled").evidence.text).toBe("排查出纠纷67件");
    expect(obs(r, "disputes_resolved").evidence.text).toMatch(/^排查出纠纷67件.*已全部化解$/);
    expect(obs(r, "dispute_resolution_pct")).toMatchObject({ value: 100, basis: "derived" });
  });

  it("许疃: the year totals, not 20239, and 未涉及行政案件 as 0", () => {
    const r = read("2023-mengcheng-xutuan.txt");
    expect(obs(r, "publicity_events").evidence.text).toBe("开展普法宣传活动120余场次");
    expect(obs(r, "publicity_materials").evidence.text).toBe("发放宣传资料28000余份");
    expect(obs(r, "admin_litigation_cases").evidence.text).toBe("未涉及行政案件");
    expect(r.indicators.some((o) => o.value === 20239)).toBe(false);
  });

  it("新乡镇: stated figures cite their own words", () => {
    const r = read("2022-wanzhou-xinxiang.txt");
    expect(obs(r, "disputes_handled").evidence.text).toBe("调处各类矛盾纠纷30余起");
    expect(obs(r, "dispute_resolution_pct").evidence.text).toBe("成功率达100%");
    expect(obs(r, "legal_aid_cases").evidence.text).toBe("协助申请法律援助0人次");
    expect(obs(r, "villages_total")).toMatchObject({
      value: 6,
      basis: "derived",
      evidence: { text: "5村1居" },
    });
  });

  it("下汤镇: the Word bookmarks are gone from the text", () => {
    expect(read("2024-lushan-xiatang.txt").text).not.toContain("[bookmark");
  });
});

describe("golden, hard-wrapped", () => {
  // The same reports as a PDF conversion would give them: every paragraph broken at 30 characters.
  it.each(gold.cases.map((c) => [c.file, c] as const))("%s reads the same", (file) => {
    const raw = readFileSync(resolve(root, "data/reports", file), "utf8");
    const wrapped = raw
      .split("\n")
      .map((l) => l.match(/.{1,30}/g)?.join("\n") ?? "")
      .join("\n");
    const a = extractReport(raw, file);
    const b = extractReport(wrapped, file);
    const view = (r: StoredReport) => ({
      meta: [r.township, r.county, r.year],
      values: r.indicators.map((o) => [o.id, o.value]),
      categories: r.shortcomings.map((s) => s.category),
    });
    expect(view(b)).toEqual(view(a));
  });
});
