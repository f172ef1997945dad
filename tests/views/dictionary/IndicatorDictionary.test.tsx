// Server-rendered 指标说明: every catalogue entry with its fields, the ★ key indicators, the marker
// legend and the shortcoming categories; `focus` marks exactly one entry.
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { INDICATORS, SHORTCOMING_DEFS } from "../../../src/domain";
import { IndicatorDictionary } from "../../../src/views/dictionary/IndicatorDictionary";

// React escapes quotes in text; compare against the escaped form.
const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

describe("IndicatorDictionary", () => {
  const html = renderToString(<IndicatorDictionary />);

  it("has one entry per indicator with definition, wording, counts, not-counts and method", () => {
    for (const d of INDICATORS) {
      expect(html).toContain(`id="dict-${d.id}"`);
      for (const text of [d.name, d.definition, d.method, ...d.wording, ...d.counts, ...d.notCounts]) {
        expect(html, `${d.id}: ${text}`).toContain(esc(text));
      }
    }
  });

  it("marks the four key indicators", () => {
    expect(html.match(/class="dict-badge"/g)).toHaveLength(INDICATORS.filter((d) => d.key).length);
  });

  it("explains markers and shortcoming categories", () => {
    expect(html).toContain("数值标记");
    expect(html).toContain("推算值");
    for (const s of SHORTCOMING_DEFS) expect(html).toContain(esc(s.description));
  });

  it("highlights only the focused entry", () => {
    const focused = renderToString(<IndicatorDictionary focus="petitions" />);
    expect(focused.match(/data-focused="true"/g)).toHaveLength(1);
    expect(focused).toMatch(/id="dict-petitions" class="dict-entry dict-entry--focus"/);
    expect(html).not.toContain("data-focused");
  });
});
