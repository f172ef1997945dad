// requiredChars / CharFilter (src/extract/prefilter.ts): a pattern is skipped only when the
// string holds none of the characters every match needs, so a filter that said "no" where the
// pattern matches would change the engine's output. Checked on the patterns that use it, over
// every line and clause of the sample, demo and fixture reports and on generated strings.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CATEGORY_CUES } from "../../src/extract/parsers/shortcomingCategories";
import { CharFilter, requiredChars } from "../../src/extract/prefilter";
import { textFiles } from "./helpers";

const chars = (re: RegExp): string | null => {
  const need = requiredChars(re);
  return need === null ? null : [...need].map((c) => String.fromCharCode(c)).join("");
};

describe("requiredChars", () => {
  it("takes one character of each word of an alternation, the rarest it knows", () => {
    expect(chars(/普法|宣讲/)).toHaveLength(2);
    expect(chars(/法律顾问/)).toBe("顾");
    expect(chars(/(?:开展|举办)活动/)).toBe("活");
    expect(chars(/[一二三]个/)).toBe("个");
    expect(chars(/[甲乙丙]/)).toBe("甲乙丙");
    expect(chars(/\d{1,2}次/)).toBe("次");
    expect(chars(/[\d]+/)).toBe("0123456789");
    expect(chars(/\u4e01/)).toBe("丁");
  });

  it("needs nothing of what a match may skip or only looks at", () => {
    expect(chars(/(?<!镇)村干部/)).toBe("干");
    expect(chars(/村(?=干部)/)).toBe("村");
    expect(chars(/(?:社区)?村/)).toBe("村");
    expect(chars(/(?:社区){0,2}村/)).toBe("村");
    expect(chars(/社区{0,2}村/)).toBe("社");
    expect(chars(/社区{1,2}/)).not.toBeNull();
  });

  it("knows no set when a match may hold none of a small set", () => {
    for (const re of [/a?/, /\s+/, /[^，。]{2}/, /./, /(?=x)/, /^$/, /[\u4e00-\u9fff]/, /村|\w/, /村/i])
      expect(chars(re), re.source).toBeNull();
  });

  it("reads every pattern of the shortcoming categories", () => {
    for (const [, cues] of CATEGORY_CUES)
      for (const [re] of cues) expect(() => requiredChars(re)).not.toThrow();
  });
});

// Lines and clauses of real reports: the strings the engine tests its patterns on.
const PIECES = ["data/reports", "data/demo/reports", "tests/fixtures"]
  .flatMap(textFiles)
  .flatMap((f) => readFileSync(f, "utf8").split("\n"))
  .flatMap((line) => [line, ...line.split(/[，。；]/)])
  .filter((s) => s.length > 0);

const CUE_PATTERNS = CATEGORY_CUES.flatMap(([, cues]) => cues.map(([re]) => re));

function agrees(patterns: readonly RegExp[], strings: readonly string[]): void {
  const filter = new CharFilter(patterns);
  const fresh = patterns.map((re) => new RegExp(re.source));
  let matched = 0;
  for (const s of strings) {
    filter.scan(s);
    fresh.forEach((re, k) => {
      if (!re.test(s)) return;
      matched++;
      expect(filter.may(k), `${re.source} on ${s}`).toBe(true);
    });
  }
  expect(matched).toBeGreaterThan(0);
}

describe("CharFilter", () => {
  it("never rules out a category cue that matches a line or clause of a report", () => {
    agrees(CUE_PATTERNS, PIECES);
  });

  it("never rules out a cue that matches a generated string of its own characters", () => {
    const pool = [...new Set([...CUE_PATTERNS.map((r) => r.source).join("")].filter((c) => c > "\u2e80"))];
    const filter = new CharFilter(CUE_PATTERNS);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool, "，", "、", "1"), { maxLength: 30 }), (cs) => {
        const s = cs.join("");
        filter.scan(s);
        CUE_PATTERNS.forEach((re, k) => {
          if (new RegExp(re.source).test(s)) expect(filter.may(k)).toBe(true);
        });
      }),
      { numRuns: 400 },
    );
  });

  it("says no when the string holds none of a pattern's characters, and reads only its range", () => {
    const filter = new CharFilter([/普法|宣讲/, /\s/]);
    expect(filter.scan("开展活动").may(0)).toBe(false);
    expect(filter.scan("开展活动").may(1)).toBe(true);
    expect(filter.scan("开展普法活动", 0, 2).may(0)).toBe(false);
    expect(filter.scan("开展普法活动", 2, 4).may(0)).toBe(true);
    expect(filter.scan("开展活动").may(0)).toBe(false);
  });
});
