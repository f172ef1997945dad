import { describe, expect, it } from "vitest";
import { approxWording, cellDisplay, cellPlainText, formatNumber } from "../../src/table/format";
import type { IndicatorCell } from "../../src/table/rows";

const cell = (over: Partial<IndicatorCell>): IndicatorCell => ({
  value: 30,
  approx: "exact",
  basis: "stated",
  unit: "起",
  hasEvidence: true,
  evidenceText: "调处矛盾纠纷30起",
  derivation: null,
  ...over,
});

describe("formatNumber", () => {
  it("groups thousands and keeps at most one decimal", () => {
    expect(formatNumber(28000)).toBe("28,000");
    expect(formatNumber(93.44)).toBe("93.4");
    expect(formatNumber(0)).toBe("0");
    expect(formatNumber(100)).toBe("100");
  });
});

describe("approxWording", () => {
  it("quotes just the approximate phrase of the evidence", () => {
    expect(approxWording("调处各类矛盾纠纷30余起")).toBe("30余");
    expect(approxWording("覆盖群众两万余人次")).toBe("两万余");
    expect(approxWording("受教育群众约3000人")).toBe("约3000");
    expect(approxWording("开展活动120场次以上")).toBe("120场次以上");
  });
  it("falls back to the passage, shortened", () => {
    expect(approxWording("全年开展各类普法宣传活动，覆盖面广，群众反响良好，形式多样")).toMatch(/…$/);
  });
});

describe("cellDisplay", () => {
  it("marks at-least figures with 余, as the app writes them everywhere, and says what the report wrote", () => {
    const d = cellDisplay(cell({ approx: "at_least", evidenceText: "调处各类矛盾纠纷30余起" }));
    expect(d).toMatchObject({ text: "30", suffix: "余", prefix: "", derived: false });
    expect(d.title).toBe("至少30（原文：30余）");
  });

  it("marks about figures with 约", () => {
    const d = cellDisplay(cell({ approx: "about", evidenceText: "约30起" }));
    expect(d.prefix).toBe("约");
    expect(d.title).toBe("约30（原文：约30）");
  });

  it("marks derived figures and explains the derivation", () => {
    const d = cellDisplay(cell({ value: 6, basis: "derived", derivation: "5村1居 → 6" }));
    expect(d.derived).toBe(true);
    expect(d.title).toBe("推算值：5村1居 → 6");
    expect(cellPlainText(cell({ value: 6, basis: "derived" }))).toBe("6（推算）");
  });

  it("shows a stated 0 as 0 with no marker", () => {
    const d = cellDisplay(cell({ value: 0 }));
    expect(d).toMatchObject({ text: "0", prefix: "", suffix: "", derived: false, title: "" });
  });
});
