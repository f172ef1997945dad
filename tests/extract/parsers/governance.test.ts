import { describe, expect, it } from "vitest";
import { observe, valueOf } from "../helpers";

describe("governance parser", () => {
  it.each([
    ["2022年，组织党委中心组学习12次。", "law_training_sessions", 12, 2022],
    ["组织开展法律专题培训12次。", "law_training_sessions", 12, 2023],
    [
      "组织镇村干部累计开展会前学法、法治大讲堂和集中法治培训等各类学习活动40余场次。",
      "law_training_sessions",
      40,
      2023,
    ],
    ["组织法治讲座十二次。", "law_training_sessions", 12, 2023],
    ["全年组织执法人员培训6次。", "law_training_sessions", 6, 2023],
    ["目前太平岭乡执法人员共有13名。", "enforcement_staff", 13, 2023],
    ["今年以来虽然新取得执法资格人员13人。", "enforcement_staff", 13, 2023],
    ["全镇共有15名行政执法人员。", "enforcement_staff", 15, 2023],
    ["2023年全乡网上信访案件共128件，其中，初访30件，重复访98件。", "petitions", 128, 2023],
    ["行政应诉案件2件。", "admin_litigation_cases", 2, 2023],
    ["全年共受理群众来信来访45件次。", "petitions", 45, 2023],
    ["2023年，许疃镇人民政府未涉及行政案件。", "admin_litigation_cases", 0, 2023],
    ["全年未发生行政诉讼案件。", "admin_litigation_cases", 0, 2023],
    ["行政诉讼案件为零。", "admin_litigation_cases", 0, 2023],
    ["全年接待群众上访35批次。", "petitions", 35, 2023],
    ["镇党委中心组开展法治学习6次。", "law_training_sessions", 6, 2023],
  ] as const)("%s → %s %d", (body, id, value, year) => {
    expect(valueOf(body, id, year)).toBe(value);
  });

  it("a stated absence of lawsuits is 0 with its words as evidence", () => {
    expect(observe("许疃镇人民政府未涉及行政案件。", "admin_litigation_cases")).toMatchObject({
      value: 0,
      basis: "stated",
      rule: "governance.admin-litigation-none",
      evidence: { text: "未涉及行政案件" },
    });
  });
});
