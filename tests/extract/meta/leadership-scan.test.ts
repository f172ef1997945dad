// The leadership formula ("在文峰区委、区政府…领导下") is looked for only near a 委; the matches must
// be exactly those of a global search with the same pattern, on real texts and on edge cases.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LEADERSHIP, leadershipMatches } from "../../../src/extract/meta/county";

const GLOBAL = new RegExp(LEADERSHIP.source, "g");
const spans = (ms: Iterable<RegExpExecArray>) => [...ms].map((m) => [m.index, m[0], m[1]]);

const texts = ["data/reports", "data/demo/reports"].flatMap((d) =>
  readdirSync(d)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => readFileSync(join(d, f), "utf8")),
);

describe("leadershipMatches", () => {
  it.each([
    "在文峰区委、区政府的正确领导下",
    "在县委、县政府的坚强领导下，在区委依法治区办的指导下",
    "紧扣渠县委全面依法治县工作要点，镇党委、村委、居委和委员会",
    "内蒙古自治区某某旗委、旗政府",
    "委委委县委、",
    "一二三四五六七八九十一二三四五六七八九十县委、",
    "某某某某某某某某某某某某自治县委、某区委和某市委全面依法",
    "",
  ])("finds what a global search finds in %s", (text) => {
    expect(spans(leadershipMatches(text))).toEqual(spans(text.matchAll(GLOBAL)));
  });

  it("finds what a global search finds in every sample and demo report, whole and cut", () => {
    let found = 0;
    for (const text of texts)
      for (const t of [text, text.slice(7), text.replace(/县委/g, "县委、"), text.replace(/政府/g, "委")]) {
        const want = spans(t.matchAll(GLOBAL));
        expect(spans(leadershipMatches(t))).toEqual(want);
        found += want.length;
      }
    expect(found).toBeGreaterThan(20); // the texts do hold the formula
  });
});
