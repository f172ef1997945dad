import { describe, expect, it } from "vitest";
import { classifyShortcoming } from "../../../src/extract";
import { extractReport } from "../../../src/extract";

function items(section: string) {
  const raw = `某县某镇人民政府\n关于2023年度法治政府建设情况的报告\n一、主要成效\n正文。\n${section}\n四、2024年工作计划\n一是加强学习。二是加强宣传。`;
  const r = extractReport(raw, "t.txt");
  for (const s of r.shortcomings) expect(r.text.slice(s.start, s.end)).toBe(s.text);
  return r.shortcomings.map((s) => [s.category, s.text]);
}

describe("shortcomings: items", () => {
  it("reads 一是…二是… inline", () => {
    expect(
      items(
        "二、存在的问题\n仍然存在一些问题。一是普法宣传还不够精准。二是网络平台利用不够。三是执法力量薄弱。",
      ),
    ).toEqual([
      ["publicity_form", "普法宣传还不够精准。"],
      ["legal_service_platform", "网络平台利用不够。"],
      ["workforce", "执法力量薄弱。"],
    ]);
  });

  it("recovers a first item that lost its 是", () => {
    expect(
      items(
        "二、存在的不足\n主要问题在于:一普法宣传载体单一。二是个别部门重视不够。三是村组干部法律知识欠缺。",
      ).map((i) => i[0]),
    ).toEqual(["publicity_form", "department_responsibility", "grassroots_knowledge"]);
  });

  it("reads （一） headings and leaves out the remedy", () => {
    expect(
      items(
        "三、存在的不足、原因和问题整改情况\n（一）规范性文件审核有待进一步完善\n存在备案不及时等现象。对此，我们由专人负责跟进。\n（二）法律顾问作用的发挥需进一步加强\n参与深度不够。",
      ),
    ).toEqual([
      ["normative_docs", "规范性文件审核有待进一步完善\n存在备案不及时等现象。"],
      ["legal_advisor_role", "法律顾问作用的发挥需进一步加强\n参与深度不够。"],
    ]);
  });

  it("reads inline 1. 2. 3. lists", () => {
    expect(
      items(
        "二、存在的困难和问题\n主要有：1.普法宣传形式较为单一；2.村干部法律素养不高；3.专业人才缺乏。",
      ).map((i) => i[0]),
    ).toEqual(["publicity_form", "grassroots_knowledge", "workforce"]);
  });

  it("leaves out a 原因 list: causes explain the problems already listed", () => {
    const got = items(
      "二、存在的不足和原因\n一是宣传形式单一。\n二是队伍建设需加强。\n经分析，原因主要有以下几点：\n一是重视程度不够。\n二是兼职人员力不从心。",
    );
    expect(got).toEqual([
      ["publicity_form", "宣传形式单一。"],
      ["workforce", "队伍建设需加强。"],
    ]);
  });

  it("descends into （一）存在的问题 / （二）原因分析 sub-headings", () => {
    const got = items(
      "三、存在的问题和原因\n（一）存在的问题\n1.普法宣传载体单一。\n2.执法力量薄弱。\n（二）原因分析\n1.重视不够。\n2.经费不足。",
    );
    expect(got).toEqual([
      ["publicity_form", "普法宣传载体单一。"],
      ["workforce", "执法力量薄弱。"],
    ]);
  });

  it("splits an unenumerated section into sentences that state a problem", () => {
    expect(
      items(
        "二、存在的问题\n虽然取得了一些成绩，但也存在不足。宣传手段单一，群众参与度不高。干部学法用法意识不强。",
      ),
    ).toEqual([
      ["publicity_form", "宣传手段单一，群众参与度不高。"],
      ["cadre_study", "干部学法用法意识不强。"],
    ]);
  });

  it("has no items without a shortcomings section", () => {
    expect(items("二、其他工作\n一是加强学习。二是加强宣传。")).toEqual([]);
  });
});

describe("classifyShortcoming", () => {
  it.each([
    ["普法宣传还不够精准，群众法制观念不强。", "publicity_form"],
    ["活动内容不够丰富。", "publicity_form"],
    ["领导干部和职工学习还不够。", "cadre_study"],
    ["依法行政能力还需进一步提升。", "admin_capacity"],
    ["统筹建设法治政府的方法单一。", "admin_capacity"],
    ["法制机构和队伍建设仍然比较薄弱。", "workforce"],
    ["我镇工作人员中法律专业的人员占比较低。", "workforce"],
    ["法律顾问参与我镇决策和工作的深度、广度不够。", "legal_advisor_role"],
    ["对规范性文件的备案审查重视不够，存在备案不及时、材料不齐全等现象。", "normative_docs"],
    ["网络平台利用不够，法律服务不够全面。", "legal_service_platform"],
    ["村组干部法律知识欠缺，法律明白人作用发挥有限。", "grassroots_knowledge"],
    ["个别站所对普法工作重视不够，“谁执法谁普法”的能动性需要加强。", "department_responsibility"],
    ["疫情影响较大。", "other"],
    ["法治宣传教育的针对性和实效性有待提高。", "publicity_form"],
    ["少数干部运用法治思维和法治方式解决问题的能力还不强。", "admin_capacity"],
    ["行政执法人员业务素质有待提高。", "workforce"],
    ["部分群众法治意识淡薄，信访不信法现象仍然存在。", "publicity_form"],
    ["公共法律服务体系不够完善。", "legal_service_platform"],
    ["村级法律顾问作用发挥不明显。", "legal_advisor_role"],
    ["行政执法不够规范。", "admin_capacity"],
    ["学法用法氛围不够浓厚。", "cadre_study"],
    ["“谁执法谁普法”责任制落实不到位。", "department_responsibility"],
    ["法律明白人作用发挥不充分。", "grassroots_knowledge"],
  ] as const)("%s → %s", (text, category) => {
    expect(classifyShortcoming(text, "")).toBe(category);
  });

  it("weighs the head over the explanation", () => {
    expect(classifyShortcoming("宣传学习形式单一。", "对内容理解不够深入。")).toBe("publicity_form");
  });
});
