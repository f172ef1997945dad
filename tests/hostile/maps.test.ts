// No plain object is used as a map for keys that come from outside (issue 10): a key such as
// __proto__ or constructor either finds nothing or is refused where it enters.
import { describe, expect, it } from "vitest";
import { singleQuoteFonts } from "../../src/export/chartImage";
import { fromHash } from "../../src/store/url";

describe("keys from outside", () => {
  it.each(["constructor", "__proto__", "toString", "hasOwnProperty"])(
    "a link's data set id %s is not taken (the store keys data sets by it)",
    (ds) => {
      expect(fromHash(`ds=${ds}`).dataset).toBeUndefined();
      expect(fromHash("ds=demo").dataset).toBe("demo");
    },
  );

  it("copying a chart option for the image export keeps an own __proto__ key a key, not a prototype", () => {
    const option = JSON.parse('{"series":[{"data":[{"__proto__":{"polluted":1},"value":3}]}]}') as object;
    const copy = singleQuoteFonts(option) as { series: { data: Record<string, unknown>[] }[] };
    const datum = copy.series[0]!.data[0]!;
    expect(Object.getPrototypeOf(datum)).toBe(Object.prototype);
    expect((datum as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.hasOwn(datum, "__proto__")).toBe(true);
  });
});
