import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { INDICATOR_IDS } from "../../src/domain";
import { configFromHash, DEFAULT_VIEW, fromHash, toHash, VIEW_IDS, type ViewConfig } from "../../src/store";

describe("toHash / fromHash", () => {
  it("the default view is the empty hash", () => {
    expect(toHash(DEFAULT_VIEW)).toBe("");
    expect(configFromHash("")).toEqual(DEFAULT_VIEW);
  });

  it("round-trips a full config with Chinese names", () => {
    const c: ViewConfig = {
      dataset: "demo",
      county: "示例县",
      city: "4101",
      year: 2023,
      from: 2021,
      to: 2024,
      townships: ["示例县/许疃镇", "示例县/城关镇"],
      townshipsOmitted: null,
      indicator: "publicity_events",
      view: "trends",
      highlight: "示例县/许疃镇",
      change: "relative",
      evidence: { kind: "figure", reportId: "2023-示例县-许疃镇", indicator: "publicity_events" },
      focus: null,
      trendsShow: "all",
    };
    expect(configFromHash(`#${toHash(c)}`)).toEqual(c);
  });

  it("keeps 'no township picked' apart from 'all townships'", () => {
    const none = { ...DEFAULT_VIEW, townships: [] };
    expect(configFromHash(toHash(none)).townships).toEqual([]);
    expect(configFromHash(toHash(DEFAULT_VIEW)).townships).toBeNull();
  });

  it("writes the few left out (twx), not the many picked, and reads it back", () => {
    const c = { ...DEFAULT_VIEW, view: "trends" as const, townshipsOmitted: ["示例县/白鹭镇"] };
    const hash = toHash(c);
    expect(hash).toBe(`view=trends&twx=${encodeURIComponent("示例县/白鹭镇")}`);
    expect(configFromHash(hash)).toEqual(c);
    // An empty twx means nothing is left out: all townships.
    expect(configFromHash("twx=").townshipsOmitted).toBeNull();
  });

  it("an old link that lists the picked townships still opens on them", () => {
    // Written by the app before the compact form: the picked townships, one tw= each.
    const old =
      "view=trends&ds=demo&tw=%E7%A4%BA%E4%BE%8B%E5%8E%BF%2F%E5%9F%8E%E5%85%B3%E9%95%87&tw=%E7%A4%BA%E4%BE%8B%E5%8E%BF%2F%E6%B2%B3%E5%8F%A3%E4%B9%A1";
    const c = configFromHash(old);
    expect(c.townships).toEqual(["示例县/城关镇", "示例县/河口乡"]);
    expect(c.townshipsOmitted).toBeNull();
  });

  it.each([
    { kind: "shortcoming", reportId: "2022-示例县-河口乡", index: 2 },
    { kind: "report", reportId: "2022-示例县-河口乡" },
    { kind: "keys", reportId: "2022-示例县-河口乡" },
    { kind: "no_report", township: "示例县/许疃镇", year: 2022 },
  ] as const)("round-trips evidence target %o", (evidence) => {
    expect(fromHash(toHash({ ...DEFAULT_VIEW, evidence })).evidence).toEqual(evidence);
  });

  it("ignores unknown and malformed params (old links keep opening)", () => {
    expect(
      fromHash("#view=pie&indicator=gdp&year=23&from=abcd&change=log&ev=f~x~nope&ds=%3Cscript%3E&zoom=3&hl="),
    ).toEqual({});
    expect(fromHash("view=ranking&legacy=1")).toEqual({ view: "ranking" });
  });

  it("a dictionary link asks for its entry with focus=…; the charts' indicator is not a focus", () => {
    expect(fromHash("#view=dictionary&focus=villages_total")).toEqual({
      view: "dictionary",
      focus: "villages_total",
    });
    // The 指标说明 tab while the charts show another indicator: the page opens at the top.
    expect(fromHash("#view=dictionary&indicator=villages_total")).toEqual({
      view: "dictionary",
      indicator: "villages_total",
    });
    const linked = { ...DEFAULT_VIEW, view: "dictionary" as const, focus: "disputes_handled" as const };
    expect(toHash(linked)).toBe("view=dictionary&focus=disputes_handled");
    // Only the dictionary reads a focus; elsewhere it is neither written nor read.
    expect(toHash({ ...linked, view: "trends" })).toBe("view=trends");
    expect(fromHash("#view=trends&focus=villages_total")).toEqual({ view: "trends" });
  });

  it("趋势's lines are one short parameter (show=all), only in a 趋势 link; old links open on the default", () => {
    const all = { ...DEFAULT_VIEW, view: "trends" as const, trendsShow: "all" as const };
    expect(toHash(all)).toBe("view=trends&show=all");
    expect(configFromHash("view=trends&show=all").trendsShow).toBe("all");
    expect(toHash({ ...all, trendsShow: "focus" })).toBe("view=trends");
    expect(configFromHash("view=trends").trendsShow).toBe("focus");
    // Elsewhere it means nothing; an unknown value is ignored.
    expect(toHash({ ...all, view: "ranking" })).toBe("view=ranking");
    expect(fromHash("view=trends&show=everything")).toEqual({ view: "trends" });
  });

  it("round-trips any config (property)", () => {
    const name = fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim() === s && s.length > 0);
    const yearArb = fc.option(fc.integer({ min: 1990, max: 2099 }), { nil: null });
    const config = fc.record({
      dataset: fc.constantFrom("samples", "demo", "import-1"),
      county: fc.option(name, { nil: null }),
      city: fc.option(fc.constantFrom("4101", "4190", "未定位"), { nil: null }),
      year: yearArb,
      from: yearArb,
      to: yearArb,
      townships: fc.option(fc.uniqueArray(name, { maxLength: 4 }), { nil: null }),
      townshipsOmitted: fc.constant(null),
      indicator: fc.constantFrom(...INDICATOR_IDS),
      view: fc.constantFrom(...VIEW_IDS),
      highlight: fc.option(name, { nil: null }),
      change: fc.constantFrom("absolute" as const, "relative" as const),
      evidence: fc.constant(null),
      focus: fc.option(fc.constantFrom(...INDICATOR_IDS), { nil: null }),
      trendsShow: fc.constantFrom("focus" as const, "all" as const),
    });
    fc.assert(
      // A focus lives only in the dictionary view, the lines shown only in 趋势 (see above).
      fc.property(config, (raw) => {
        const c = {
          ...raw,
          focus: raw.view === "dictionary" ? raw.focus : null,
          trendsShow: raw.view === "trends" ? raw.trendsShow : ("focus" as const),
        };
        expect(configFromHash(toHash(c))).toEqual(c);
      }),
    );
  });
});
