import { describe, expect, it } from "vitest";
import { extract } from "../helpers";

describe("overlapRemoval and dropSubScope", () => {
  it("one quantity feeds one indicator: the nearest cue keeps it", () => {
    const ids = extract("为群众提供法律援助和法律咨询50人次。").indicators.map((o) => o.id);
    expect(ids).toEqual(["legal_consultations"]);
  });

  it("the legal advisor's disputes are a fallback when the township states none", () => {
    expect(extract("一年来，镇、村法律顾问累计协助调解矛盾纠纷30余件。").indicators[0]).toMatchObject({
      id: "disputes_handled",
      value: 30,
    });
    const both = extract("全年调处矛盾纠纷70起。法律顾问协助调解矛盾纠纷30件。").indicators;
    expect(both.find((o) => o.id === "disputes_handled")?.value).toBe(70);
  });

  it("a 其中 breakdown is not a further figure", () => {
    expect(
      extract("调处纠纷67件，其中调处婚姻纠纷2件。").indicators.find((o) => o.id === "disputes_handled")
        ?.value,
    ).toBe(67);
  });
});
