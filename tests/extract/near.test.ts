// matchesNear (src/extract/near.ts) must find exactly what a scan of the whole text finds, for
// the legal-advisor phrase rules that use it: checked on texts built from their own vocabulary.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matchesNear } from "../../src/extract/near";
import { ADVISOR_PHRASES } from "../../src/extract/parsers/legalAdvisor";

const VOCAB = [
  "法律顾问",
  "全覆盖",
  "村",
  "社区",
  "居",
  "村委会",
  "（社区）",
  "，",
  "。",
  "全部",
  "均",
  "已",
  "配备",
  "聘请",
  "了",
  "实现",
  "村村",
  "都",
  "有",
  "12",
  "三",
  "个",
  "行政村",
  "中有",
  "镇",
  "1234",
  "\n",
  "的",
  "工作",
];
const RULES = Object.values(ADVISOR_PHRASES);

function scanAll(text: string, re: RegExp): Array<[number, string]> {
  return [...text.matchAll(re)].map((m) => [m.index, m[0]]);
}

describe("matchesNear", () => {
  it("finds what a whole-text scan finds", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...VOCAB), { maxLength: 80 }), (words) => {
        const text = words.join("");
        for (const { re, before, after } of RULES) {
          const near = matchesNear(text, "法律顾问", before, after, re).map((m) => [m.index, m[0]]);
          expect(near).toEqual(scanAll(text, re));
        }
      }),
      { numRuns: 400 },
    );
  });

  it("reports offsets into the whole text, windows merged where they overlap", () => {
    const text = `${"前言。".repeat(30)}全镇12个村均已配备法律顾问，村村都有法律顾问。`;
    const found = matchesNear(text, "法律顾问", 40, 0, ADVISOR_PHRASES.villagesWithAdvisor.re);
    expect(found.map((m) => text.slice(m.index, m.index + m[0].length))).toEqual(["12个村均已配备法律顾问"]);
  });
});
