import { describe, expect, it } from "vitest";
import { observe } from "../helpers";

describe("scopeOfParts", () => {
  it("全年 before a named part marks the part: the materials after it are summed", () => {
    expect(
      observe(
        "全年开展送法进乡村8次，发放宣传资料1万余份；送法进校园2次，发放普法材料500余册。",
        "publicity_materials",
      ),
    ).toMatchObject({ value: 10500, basis: "derived", approx: "at_least" });
  });

  it("a figure's own clause marks still make it the total", () => {
    expect(
      observe(
        "全年开展送法进乡村8次，全镇共发放宣传资料1万余份；送法进校园2次，发放普法材料500余册。",
        "publicity_materials",
      ),
    ).toMatchObject({ value: 10000, basis: "stated" });
  });
});
