// Known gaps: what the engine does not read yet. Each is an it.fails, so fixing one turns the
// suite red until the test moves to the rule's own table.
import { describe, expect, it } from "vitest";
import { parseChineseNumber } from "../../src/extract";
import { valueOf } from "./helpers";

describe("known gaps", () => {
  it.fails("colloquial 一万二 means 12000 (read as 10002)", () => {
    expect(parseChineseNumber("一万二")).toBe(12000);
  });

  it.fails("petitions written as 上访 with the unit 批次", () => {
    expect(valueOf("全年接待群众上访35批次。", "petitions")).toBe(35);
  });
});
