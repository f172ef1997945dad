import { describe, expect, it } from "vitest";
import { valueOf } from "../helpers";

describe("disputes: not a count of disputes handled", () => {
  it.each([
    ["rounds of checking", "各调委会共开展矛盾纠纷排查84次。"],
    ["a breakdown without a verb", "其中婚姻家庭纠纷2件、邻里纠纷25件。"],
    ["a standing rule", "每月调处矛盾纠纷不少于10起。"],
    ["another year", "2022年调处各类矛盾纠纷50起。"],
    ["a comparison", "较上年减少纠纷12起。"],
    ["a petition case", "化解信访案件12件。"],
    ["a document number", "按照〔2023〕9号文件做好矛盾纠纷调处工作。"],
    ["a year glued to a count", "20239次调处矛盾纠纷。"],
    ["a hotline", "通过12348热线调处矛盾纠纷。"],
    ["risks found, not disputes", "排查出矛盾纠纷隐患12件。"],
  ])("%s: %s", (_label, body) => {
    expect(valueOf(body, "disputes_handled")).toBeNull();
  });

  it.each([
    ["a goal, not a result", "调处纠纷50起，确保矛盾纠纷全部化解在基层。"],
    ["a rate of petitions", "调处纠纷50起。信访案件化解率100%。"],
    ["a pass rate", "调处纠纷50起。法治理论考试合格率100%。"],
  ])("rate: %s", (_label, body) => {
    expect(valueOf(body, "dispute_resolution_pct")).toBeNull();
  });
});
