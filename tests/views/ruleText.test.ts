// The evidence panel describes how a figure was read in words, never by the engine's rule id.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ruleText } from "../../src/components/ruleText";

const rulesIn = (file: string): string[] => {
  const data = JSON.parse(readFileSync(file, "utf8")) as { reports: { indicators: { rule: string }[] }[] };
  return data.reports.flatMap((r) => r.indicators.map((o) => o.rule));
};
const RULES = [
  ...new Set([...rulesIn("data/extracted/reports.json"), ...rulesIn("data/demo/extracted/reports.json")]),
];

describe("ruleText", () => {
  it.each(RULES)("%s reads as a sentence, not an id", (rule) => {
    const text = ruleText(rule);
    expect(text).not.toMatch(/[a-z.]/);
    expect(text).not.toBe("按原文语句识别");
  });

  it("tells a sum, a stated count, a stated none and a derived rate apart", () => {
    expect(ruleText("publicity.events-sum")).toContain("相加");
    expect(ruleText("disputes.mediated-count")).toBe("原文直接写明的数字");
    expect(ruleText("governance.admin-litigation-none")).toContain("记为0");
    expect(ruleText("disputes.rate-from-counts")).toContain("算出");
    expect(ruleText("unknown.thing")).toBe("按原文语句识别");
  });
});
