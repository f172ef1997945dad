import { describe, expect, it } from "vitest";
import { mapTextStore, splitTexts } from "../../src/data/loader";
import type { StoredReport } from "../../src/domain";

const report = (id: string, text: string): StoredReport => ({
  id,
  file: `${id}.txt`,
  township: id,
  county: "某县",
  year: 2023,
  indicators: [],
  shortcomings: [],
  missing: [],
  text,
});

describe("loader adapters", () => {
  it("splitTexts keeps records without text and serves the texts on demand", async () => {
    const { reports, texts } = splitTexts([report("a", "甲文本"), report("b", "乙文本")]);
    expect(reports.map((r) => r.id)).toEqual(["a", "b"]);
    expect(reports.every((r) => !("text" in r))).toBe(true);
    expect(await texts.get("b")).toBe("乙文本");
    expect(await texts.get("missing")).toBeNull();
  });

  it("mapTextStore answers null for an unknown report", async () => {
    const store = mapTextStore(new Map([["x", "t"]]));
    expect(await store.get("x")).toBe("t");
    expect(await store.get("y")).toBeNull();
  });
});
