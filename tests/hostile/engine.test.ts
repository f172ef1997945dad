// The engine under hostile input: arbitrary UTF-16 (lone surrogates, NUL, control and bidi
// characters), one million-character line, 100k nested brackets, long runs of numerals, and
// reports so long that they yield hundreds of thousands of candidates. Whatever comes in, the
// engine returns a record, never throws, and every offset it gives points into its own text.
// Hangs are caught by each test's own timeout; how time grows with size is measured by
// `npm run bench` (×1, ×10, ×100), not here.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { StoredReport } from "../../src/domain";
import { extractReport } from "../../src/extract";

// The machine is shared and slow; a hang is minutes, these bounds are far above a normal run.
const BIG = 120_000;

function checkRecord(r: StoredReport): void {
  const n = r.text.length;
  const spans = [
    ...r.indicators.flatMap((o) => [o.evidence, ...(o.sources ?? [])]),
    ...r.shortcomings.map((s) => ({ start: s.start, end: s.end, text: s.text })),
  ];
  // One assertion over all spans: a report may cite hundreds of thousands of them.
  const bad = spans.filter(
    (e) =>
      !Number.isInteger(e.start) ||
      !Number.isInteger(e.end) ||
      e.start < 0 ||
      e.end > n ||
      e.start > e.end ||
      r.text.slice(e.start, e.end) !== e.text,
  );
  expect(bad.slice(0, 3)).toEqual([]);
  expect(r.indicators.every((o) => Number.isFinite(o.value))).toBe(true);
  expect(typeof r.id).toBe("string");
}

// Any UTF-16 code unit, lone surrogates and NUL included, biased towards the awkward ones.
const codeUnit = fc.oneof(
  fc.integer({ min: 0, max: 0xffff }),
  fc.constantFrom(0, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0x202e, 0x2066, 0xfeff, 0x3000, 0x0a, 0x0d),
);
const utf16 = fc
  .array(codeUnit, { maxLength: 400 })
  .map((units) => units.map((u) => String.fromCharCode(u)).join(""));

const REPORT_WORDS = [
  "全年共开展普法宣传活动",
  "调处矛盾纠纷",
  "调解成功",
  "成功率",
  "已全部化解",
  "法律顾问覆盖率",
  "中心组学法",
  "持证执法人员",
  "其中",
  "存在的问题",
  "一、",
  "（一）",
  "一是",
  "余",
  "次",
  "起",
  "名",
  "%",
  "2023年",
  "，",
  "。",
  "\n",
];
const reportish = fc
  .array(
    fc.oneof(
      fc.constantFrom(...REPORT_WORDS),
      fc.integer({ min: 0, max: 100_000 }).map(String),
      codeUnit.map((u) => String.fromCharCode(u)),
    ),
    { maxLength: 200 },
  )
  .map((parts) => parts.join(""));

describe("engine fuzzing", () => {
  it(
    "arbitrary UTF-16 (lone surrogates, NUL, bidi): a record with valid offsets",
    { timeout: 120_000 },
    () => {
      fc.assert(
        fc.property(utf16, (s) => checkRecord(extractReport(s, "x.txt"))),
        { numRuns: 300 },
      );
    },
  );

  it("report words mixed with hostile characters: a record with valid offsets", { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(reportish, (s) => checkRecord(extractReport(s, "x.txt"))),
      { numRuns: 400 },
    );
  });

  it("arbitrary full Unicode: a record with valid offsets", { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (s) =>
        checkRecord(extractReport(s, "x.txt")),
      ),
      { numRuns: 200 },
    );
  });
});

describe("engine on huge input", () => {
  const huge: [string, () => string][] = [
    ["a single million-character line", () => "调处矛盾纠纷3起，开展普法宣传".repeat(70_000)],
    ["100k nested brackets", () => "（".repeat(100_000) + "调处纠纷3起" + "）".repeat(100_000)],
    ["100k nested quotes and titles", () => "“《".repeat(100_000) + "》”".repeat(100_000)],
    ["a million repeated numerals", () => "一二三四五六七八九十百千万".repeat(80_000)],
    ["a million digits", () => "1".repeat(1_000_000) + "次"],
    ["NUL and lone surrogates everywhere", () => "\u0000\ud800调处纠纷\udc003起".repeat(100_000)],
  ];
  it.each(huge)("%s: a record with valid offsets", { timeout: 120_000 }, (_name, make) => {
    checkRecord(extractReport(make(), "x.txt"));
  });

  // Hundreds of thousands of figures: every one becomes a candidate, so nothing may spread them
  // into a call's arguments (the stack holds about 100k).
  it("a report of short lines, each a figure, yields a record", { timeout: 120_000 }, () => {
    const r = extractReport("调处纠纷1起。\n".repeat(BIG * 2), "x.txt");
    checkRecord(r);
    expect(r.indicators.find((o) => o.id === "disputes_handled")?.value).toBe(1);
  });

  it("a long list of activity parts is summed without spreading them", { timeout: 120_000 }, () => {
    const parts = Array.from({ length: BIG * 2 }, (_, i) => `送法进校园${i + 1}次`);
    const r = extractReport(parts.join("，"), "x.txt");
    checkRecord(r);
    const o = r.indicators.find((x) => x.id === "publicity_events");
    // Numbers that read as a year glued to a count (2023次) are no figures; all others add up.
    const summed = o?.sources?.map((e) => Number(/\d+/.exec(e.text)?.[0])) ?? [];
    expect(summed.length).toBeGreaterThan(BIG * 1.9);
    expect(o?.value).toBe(summed.reduce((a, b) => a + b, 0));
  });
});
