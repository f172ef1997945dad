import { describe, expect, it } from "vitest";
import { classifyItem, classifyShortcoming } from "../../../src/extract";
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
    // Officials' mindset (干部 + 法治思维) is study; 依法行政 / 依法决策 capacity is admin_capacity.
    ["少数干部运用法治思维和法治方式解决问题的能力还不强。", "cadre_study"],
    ["运用法治思维和法治方式推动发展的能力有待提高。", "admin_capacity"],
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

describe("classifyItem: the many phrasings of each problem", () => {
  // The first clause names the problem (×3), the rest explains it (×1).
  it.each([
    ["镇综合行政执法队伍人员少、专业化程度不高。", "workforce"],
    ["行政执法人员数量不足，难以适应综合执法改革需要。", "workforce"],
    ["法治宣传方式方法单一，群众参与积极性不高。", "publicity_form"],
    ["部分干部运用法治思维和法治方式解决问题的能力还不强，学法的主动性有待增强。", "cadre_study"],
    ["司法所仅有工作人员2名，且均为兼职，难以满足工作需要。", "workforce"],
    ["法治专业人才匮乏，全镇具有法律职业资格的干部仅1人。", "workforce"],
    ["执法队伍专业化水平不高，持证人员多为兼职。", "workforce"],
    ["基层司法所人员编制不足，工作力量不够。", "workforce"],
    ["普法宣传仍以发传单、挂横幅等传统方式为主，新媒体运用不够。", "publicity_form"],
    ["普法宣传针对性不强，对青少年、老年人等重点人群的宣传覆盖面不够广。", "publicity_form"],
    ["法治宣传教育缺乏创新，吸引力和感染力不强。", "publicity_form"],
    ["普法工作存在“上热下冷”现象，在村组一级的宣传效果不明显。", "publicity_form"],
    ["部分站所对“谁执法谁普法”普法责任制认识不到位，普法工作主要依靠司法所。", "department_responsibility"],
    ["部分部门对法治建设重视程度不够，存在重业务轻法治的思想。", "department_responsibility"],
    ["各站所之间协作配合不够，尚未形成齐抓共管的工作合力。", "department_responsibility"],
    ["领导干部学法用法还不够深入，存在以会代学现象。", "cadre_study"],
    ["个别干部尊法学法守法用法意识不强，学习的主动性不够。", "cadre_study"],
    ["机关干部学习习近平法治思想不够系统深入。", "cadre_study"],
    ["运用法治思维和法治方式深化改革、推动发展、化解矛盾的能力有待提高。", "admin_capacity"],
    ["重大行政决策程序执行不够严格，公众参与、专家论证环节落实不到位。", "admin_capacity"],
    ["依法行政水平与上级要求还有差距，部分工作存在重实体轻程序的现象。", "admin_capacity"],
    ["法律顾问参与重大决策的深度和广度不够，作用发挥不充分。", "legal_advisor_role"],
    ["村（社区）法律顾问服务流于形式，到村坐班次数偏少。", "legal_advisor_role"],
    ["行政规范性文件合法性审查机制有待完善。", "normative_docs"],
    ["规范性文件清理工作滞后，部分文件未及时报备。", "normative_docs"],
    ["公共法律服务平台知晓率低，群众使用率不高。", "legal_service_platform"],
    ["村级公共法律服务室作用发挥不明显，服务功能有待拓展。", "legal_service_platform"],
    ["“12348”法律服务热线和“智慧法务”线上平台利用率偏低。", "legal_service_platform"],
    ["村干部依法办事能力不足，运用法律手段化解矛盾纠纷的水平有待提高。", "grassroots_knowledge"],
    ["基层调解员队伍老龄化，专业素质不高。", "grassroots_knowledge"],
    ["执法队伍老龄化，年轻干部补充不及时。", "workforce"],
    ["人民调解员年龄偏大、法律素养不高。", "grassroots_knowledge"],
    ["“法律明白人”培养质量不高，作用发挥不够。", "grassroots_knowledge"],
    ["村（社区）两委干部法治素养参差不齐。", "grassroots_knowledge"],
    ["群众法治意识有待提高，信访不信法、遇事找关系的现象依然存在。", "publicity_form"],
    ["法治建设经费保障不足。", "other"],
    ["执法装备落后，执法车辆不足。", "other"],
    ["法治宣传教育的覆盖面和渗透力还不够，农村留守群体接受普法教育的机会较少。", "publicity_form"],
    ["普法形式不够新颖，群众喜闻乐见的普法产品较少。", "publicity_form"],
    ["宣传阵地建设滞后，法治文化阵地利用率不高。", "publicity_form"],
    ["普法宣传的精准度不够，“菜单式”普法服务开展不足。", "publicity_form"],
    ["法治队伍建设还需加强。乡镇司法所人员少、任务重，专职人民调解员配备不足。", "workforce"],
    ["执法人员业务能力参差不齐，部分执法人员法律知识储备不足。", "workforce"],
    ["综合执法改革后，执法人员多为新转岗人员，执法经验不足。", "workforce"],
    ["干部法治观念有待进一步强化，个别干部仍存在“重经济发展、轻法治建设”的思想。", "cadre_study"],
    ["领导干部带头学法的示范作用发挥不够，会前学法有时流于形式。", "cadre_study"],
    ["党委理论学习中心组学法频次偏少，学习内容不够系统。", "cadre_study"],
    ["依法决策机制还不够健全，重大事项合法性审查覆盖面有待拓展。", "admin_capacity"],
    ["个别站所推进依法行政的办法不多、措施不实。", "admin_capacity"],
    ["行政执法程序不够规范，执法文书制作不严谨。", "admin_capacity"],
    ["乡镇政府法律顾问多为兼职律师，参与决策的时间和精力有限。", "legal_advisor_role"],
    ["镇政府发布的规范性文件未能及时报送备案。", "normative_docs"],
    ["公共法律服务站点建设不均衡，偏远村组群众获取法律服务不够便捷。", "legal_service_platform"],
    ["群众对“12348”热线、法网平台等线上服务知晓度不高。", "legal_service_platform"],
    ["村干部法治意识有待提高，个别村在重大事项决策中存在程序不规范问题。", "grassroots_knowledge"],
    ["村级调解组织人员法律素养不高，调解能力有限。", "grassroots_knowledge"],
    ["网格员法律知识储备不足，排查矛盾纠纷能力有待提升。", "grassroots_knowledge"],
    ["部门间普法责任落实不平衡，有的站所普法只停留在发资料层面。", "department_responsibility"],
    ["个别单位主要负责人对法治建设重视不够，把法治建设当作“软任务”。", "department_responsibility"],
    ["普法责任制落实不到位，部分部门存在“重执法、轻普法”思想。", "department_responsibility"],
    ["矛盾纠纷化解难度大，个别信访积案化解进展缓慢。", "other"],
    // Village cadres (村（居）, 嘎查) are grassroots; 镇村干部 are the township's officials too.
    ["村（居）干部法律知识储备不足，依法治理能力有待提升。", "grassroots_knowledge"],
    ["部分嘎查干部法治意识不强，依法办事能力有待提高。", "grassroots_knowledge"],
    ["镇村干部依法决策、依法办事的能力还有待提高。", "admin_capacity"],
    ["部分村（居）委会干部法律意识淡薄，依法决策、依法管理能力较弱。", "grassroots_knowledge"],
    ["村级人民调解员业务能力不强，调解技巧有待提高。", "grassroots_knowledge"],
    ["干部学法的系统性不强，学用脱节现象依然存在。", "cadre_study"],
    ["普法宣传内容与少数民族群众需求结合不够紧密，双语普法人才缺乏。", "publicity_form"],
    ["基层群众法治意识仍需提高，“信访不信法”现象仍有发生。", "publicity_form"],
    ["法治工作人员力量不足，司法所仅有工作人员2名。", "workforce"],
  ] as const)("%s → %s", (text, category) => {
    expect(classifyItem(text)).toBe(category);
  });

  it("reads the first clause as the head", () => {
    // The head names publicity; the explanation's 积极性不高 alone would say responsibility.
    expect(classifyItem("法治宣传方式方法单一，群众参与积极性不高。")).toBe("publicity_form");
    expect(classifyShortcoming("群众参与积极性不高。", "")).toBe("publicity_form");
  });
});
