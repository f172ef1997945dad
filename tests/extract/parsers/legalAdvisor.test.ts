import { describe, expect, it } from "vitest";
import { observe, valueOf } from "../helpers";

describe("legal-advisor parser", () => {
  it.each([
    ["我镇5村1居，法律顾问覆盖率100%。", 100, "stated"],
    ["目前全镇14个村均配备了法律顾问，实现了法律顾问覆盖率100%。", 100, "stated"],
    ["村（社区）法律顾问覆盖率达百分之九十五。", 95, "stated"],
    ["一是落实法律顾问、法律明白人全覆盖制度。", 100, "derived"],
    ["实现一村（社区）一法律顾问全覆盖。", 100, "derived"],
    ["全镇各村均已聘请法律顾问。", 100, "derived"],
    ["村村配备法律顾问。", 100, "derived"],
    ["全镇现有村（社区）法律顾问12名，实现全覆盖。", 100, "derived"],
    ["聘请法律顾问，实现村（社区）全覆盖。", 100, "derived"],
    ["全镇15个村（社区）中有12个配备了法律顾问。", 80, "derived"],
    ["为全镇14个村（社区）配备法律顾问。", 100, "derived"],
    ["街道下辖22个社区，全部配备法律顾问。", 100, "derived"],
  ])("%s → %d (%s)", (body, value, basis) => {
    expect(observe(body, "legal_advisor_coverage_pct")).toMatchObject({ value, basis, unit: "%" });
  });

  it("derives coverage from the two counts, with both as sources", () => {
    expect(observe("全镇15个村（社区）中有12个配备了法律顾问。", "legal_advisor_coverage_pct")).toMatchObject(
      {
        value: 80,
        rule: "legal-advisor.coverage-from-counts",
        sources: [{ text: "全镇15个村（社区）" }, { text: "12个配备了法律顾问" }],
        derivation: "15个村（社区）中12个配备法律顾问 → 80%",
      },
    );
  });

  it("explains a derived 100%", () => {
    expect(observe("实现了法律顾问全覆盖。", "legal_advisor_coverage_pct")?.derivation).toBe(
      "“法律顾问全覆盖” → 覆盖率100%",
    );
  });
});

describe("legal-advisor: negative cases", () => {
  it.each([
    ["model villages", "实现民主法治示范村（社区）创建全覆盖。"],
    ["law-literate persons", "法律顾问参与决策，法律明白人全覆盖。"],
    ["a pass rate", "聘请法律顾问，考试合格率100%。"],
    ["no figure", "落实法律顾问制度。"],
    ["advisors for some villages, no total", "为12个村配备了法律顾问。"],
    ["another subject in between", "聘请法律顾问，建设监控探头，实现全覆盖。"],
    ["a plan", "\n三、2024年工作计划\n力争法律顾问覆盖率100%。"],
    ["a full coverage denied", "法律顾问配备尚未实现全覆盖。"],
  ])("%s: %s", (_label, body) => {
    expect(valueOf(body, "legal_advisor_coverage_pct")).toBeNull();
  });
});
