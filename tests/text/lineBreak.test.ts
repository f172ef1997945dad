import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { subtitleLines } from "../../src/charts/frame";
import { linesOf } from "../../src/export/deckLayout";
import { emWidth } from "../../src/export/textFit";
import { mayBreakBetween, wrapLines } from "../../src/text/lineBreak";

/** One unit per character: a CJK glyph or a Latin letter is one em here. */
const chars = (s: string) => [...s].length;

const OPENING = [..."“‘（《「『【〔"];
const CLOSING = [..."”’）》」』】〕。，、；：？！…"];

describe("wrapLines (避头尾)", () => {
  it("never breaks between an opening quote and the next character, nor before a closing quote", () => {
    const text = "空心条为约数（原文写“约”“余”），由约数算得的变化标“约”。";
    // From the widest unbreakable cluster (“余”），) up: narrower lines must cut it.
    for (let w = 6; w <= text.length; w++) {
      const lines = wrapLines(text, w, chars);
      expect(lines.join("")).toBe(text);
      for (const l of lines) {
        expect(OPENING, `${w}: ${lines.join("|")}`).not.toContain([...l].at(-1));
        expect(CLOSING, `${w}: ${lines.join("|")}`).not.toContain([...l][0]);
      }
    }
  });

  it("pushes the character before a closing mark down with it, instead of leaving the mark alone", () => {
    // Width 11 would end the first line at 约 and start the next with ”.
    expect(wrapLines("括号内为较上年变化，标“约”。其余", 11, chars)).toEqual([
      "括号内为较上年变化，标",
      "“约”。其余",
    ]);
    expect(wrapLines("甲乙丙丁“约”", 5, chars)).toEqual(["甲乙丙丁", "“约”"]);
  });

  it("keeps numbers and Latin runs whole", () => {
    expect(wrapLines("变化为−11起和95.5%", 7, chars)).toEqual(["变化为−11起", "和95.5%"]);
    expect(wrapLines("2021—2024年", 5, chars)).toEqual(["2021—", "2024年"]);
  });

  it("cuts only a cluster wider than a whole line, and keeps every character in order", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(..."甲乙丙“”（）。，、约55−%ab\n"), { maxLength: 60 }),
        fc.integer({ min: 2, max: 12 }),
        (cs, w) => {
          const text = cs.join("");
          const lines = wrapLines(text, w, chars);
          expect(lines.join("\n").replaceAll("\n", "")).toBe(text.replaceAll("\n", ""));
          for (const l of lines) expect(chars(l)).toBeLessThanOrEqual(w);
        },
      ),
    );
  });

  it("mayBreakBetween", () => {
    expect(mayBreakBetween("甲", "乙")).toBe(true);
    expect(mayBreakBetween("“", "约")).toBe(false);
    expect(mayBreakBetween("约", "”")).toBe(false);
    expect(mayBreakBetween("”", "乙")).toBe(true);
  });
});

describe("every wrapper of exported text breaks by the same rules", () => {
  const note =
    "示例县 · 2024年 · 调处纠纷数。按2024年数值从高到低排列；括号内为较2023年变化；虚线为中位数；空心条为约数（原文写“约”“余”），由约数算得的变化标“约”。";

  it("the chart export's subtitle (the ranking's, whose line once broke between 约 and ”)", () => {
    for (const width of [640, 960, 1280, 1600, 1920, 700, 720, 750, 800, 860, 900]) {
      const lines = subtitleLines(note, width);
      expect(lines.join("")).toBe(note);
      for (const l of lines) {
        expect(CLOSING, `${width}: ${lines.join("|")}`).not.toContain([...l][0]);
        expect(OPENING, `${width}: ${lines.join("|")}`).not.toContain([...l].at(-1));
      }
    }
  });

  it("the deck's line count follows the same breaks", () => {
    // 20 characters a line at this size. Cut anywhere, these 40 fill two lines exactly; by the
    // rules “约” moves whole to line 2, which pushes two characters onto a third.
    const pt = 14;
    const widthIn = (20.001 * 1.1 * pt) / 72;
    const text = `${"甲".repeat(18)}“约”${"乙".repeat(19)}`;
    expect(linesOf(text, widthIn, pt)).toBe(3);
    expect(wrapLines(text, 20.001 * 1.1, emWidth)).toEqual([
      "甲".repeat(18),
      `“约”${"乙".repeat(17)}`,
      "乙乙",
    ]);
  });
});
