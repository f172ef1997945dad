// Properties: the engine never throws, every offset lies inside the text and every evidence
// text is the slice it names — on arbitrary, Chinese-ish and report-shaped input.
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { StoredReport } from "../../src/domain";
import { extractReport, tokenizeQuantities } from "../../src/extract";

const PIECES = [
  "一、",
  "二、",
  "（一）",
  "（二）",
  "1.",
  "一是",
  "二是",
  "存在的问题",
  "存在的不足和原因",
  "下一步工作计划",
  "全年",
  "共",
  "累计",
  "开展",
  "普法宣传活动",
  "送法进校园",
  "调处矛盾纠纷",
  "调解成功",
  "已全部化解",
  "成功率",
  "法律顾问覆盖率",
  "全覆盖",
  "发放宣传资料",
  "受教育群众",
  "解答法律咨询",
  "法律援助",
  "法律明白人",
  "执法人员",
  "信访案件",
  "未涉及行政案件",
  "中心组学习",
  "全镇",
  "5村1居",
  "个村（社区）",
  "余",
  "多",
  "约",
  "左右",
  "以上",
  "起",
  "件",
  "次",
  "场次",
  "人次",
  "份",
  "册",
  "名",
  "人",
  "%",
  "％",
  "百分之",
  "两万",
  "一百二十",
  "十二",
  "3.5万",
  "2023年",
  "2022年",
  "20239",
  "〔2023〕9号",
  "12348",
  "“3.15”",
  "每月",
  "不少于",
  "，",
  "。",
  "；",
  "：",
  "\n",
  "\r\n",
  "[bookmark: OLE_LINK1]",
  "当前位置: 首页",
  "字体:[ ]",
  "城口县咸宜镇人民政府",
  "关于2023年度法治政府建设情况的报告",
  "中共庄河市委员会：",
  " ",
  "　",
  "０１２３",
  "Ａ",
  "\uFEFF",
];
const chineseish = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.integer({ min: 0, max: 99999 }).map(String)), {
    maxLength: 120,
  })
  .map((parts) => parts.join(""));

function checkRecord(r: StoredReport): void {
  const n = r.text.length;
  for (const o of r.indicators) {
    for (const e of [o.evidence, ...(o.sources ?? [])]) {
      expect(e.start).toBeGreaterThanOrEqual(0);
      expect(e.end).toBeLessThanOrEqual(n);
      expect(e.start).toBeLessThanOrEqual(e.end);
      expect(r.text.slice(e.start, e.end)).toBe(e.text);
    }
    expect(Number.isFinite(o.value)).toBe(true);
  }
  for (const s of r.shortcomings) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(n);
    expect(r.text.slice(s.start, s.end)).toBe(s.text);
  }
  expect(new Set(r.indicators.map((o) => o.id)).size).toBe(r.indicators.length);
}

describe("engine properties", () => {
  it("never throws and keeps offsets inside the text on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => checkRecord(extractReport(s, "x.txt"))),
      {
        numRuns: 300,
      },
    );
  });

  it("never throws on arbitrary unicode", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (s) =>
        checkRecord(extractReport(s, "x.txt")),
      ),
      {
        numRuns: 200,
      },
    );
  });

  it("never throws and keeps evidence exact on Chinese-ish report text", () => {
    fc.assert(
      fc.property(chineseish, (s) => checkRecord(extractReport(s, "x.txt"))),
      { numRuns: 500 },
    );
  });

  it("quantity tokens lie inside the text, in order", () => {
    fc.assert(
      fc.property(chineseish, (s) => {
        let last = -1;
        for (const q of tokenizeQuantities(s)) {
          expect(q.qualifierStart).toBeLessThanOrEqual(q.start);
          expect(q.start).toBeGreaterThan(last - 1);
          expect(q.end).toBeLessThanOrEqual(s.length);
          last = q.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("backtracking guard", () => {
  // Long runs of what the patterns look for (numerals, cue words, punctuation, no breaks) are
  // the inputs that make a badly built regex explode. Every pattern is bounded, so these finish
  // in milliseconds. A regex that backtracks catastrophically takes minutes, so the test's own
  // timeout is the guard; how fast extraction is belongs to `npm run bench`, not to a unit test.
  const pathological = [
    "一".repeat(50_000),
    "1".repeat(50_000),
    "调处矛盾纠纷".repeat(10_000),
    "普法宣传".repeat(12_000) + "次",
    "法律顾问、".repeat(10_000) + "全覆盖",
    "一是".repeat(20_000),
    "（一）".repeat(15_000),
    "发放" + "资料、".repeat(15_000) + "份",
    "，".repeat(50_000),
    "存在的问题\n".repeat(8_000),
    "5村".repeat(20_000),
    "调处纠纷1起，".repeat(5_000) + "已全部化解",
    "已全部化解".repeat(5_000) + "调处纠纷1起，".repeat(3_000),
    "发放资料1份，".repeat(5_000),
    "法律顾问累计协助调解纠纷1起，".repeat(3_000),
  ];

  it.each(pathological.map((s) => [s.slice(0, 12), s] as const))(
    "%s… finishes",
    (_label, s) => {
      checkRecord(extractReport(s, "x.txt"));
    },
    30_000,
  );

  it("a real report repeated 30 times finishes", () => {
    const raw = readFileSync(
      resolve(__dirname, "../../data/reports/2023-mengcheng-xutuan.txt"),
      "utf8",
    ).repeat(30);
    checkRecord(extractReport(raw, "x.txt"));
  }, 30_000);
});
