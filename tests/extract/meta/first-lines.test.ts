// firstLines: the first lines of a text as split("\n") gives them, without splitting the rest.
import { describe, expect, it } from "vitest";
import { firstLines } from "../../../src/extract/meta/names";

describe("firstLines", () => {
  it("gives what split and slice give, for empty text, trailing breaks and short texts", () => {
    const texts = ["", "\n", "\n\n", "一行", "一行\n", "一\n二\n三", "一\n\n三\n", "标题\r\n正文\n\n落款"];
    for (const text of texts)
      for (const max of [1, 2, 3, 8])
        expect(firstLines(text, max), JSON.stringify([text, max])).toEqual(text.split("\n").slice(0, max));
  });
});
