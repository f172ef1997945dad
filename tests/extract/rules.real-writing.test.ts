// How real reports write the figures the engine got wrong (issue 8, item 4): each rule as a table
// of several phrasings, asserting the value AND the evidence span it cites (null: not stated).
// Phrasings are written for the rule, in the ways reports word it, never copied from one report.
import { describe, expect, it } from "vitest";
import type { IndicatorId } from "../../src/domain";
import { observe } from "./helpers";

type Row = readonly [body: string, value: number | null, evidence: string | null];

function check(id: IndicatorId, rows: readonly Row[]): void {
  it.each(rows)("%s → %s", (body, value, evidence) => {
    const o = observe(body, id);
    if (value === null) expect(o, JSON.stringify(o)).toBeUndefined();
    else expect({ value: o?.value, evidence: o?.evidence.text }).toEqual({ value, evidence });
  });
}

describe("training listed by kind with no total: the sum of every kind", () => {
  check("law_training_sessions", [
    [
      "召开党委会开展专题学法3次，参加中心组学习会10次，按照学法计划带头集体学法23次。",
      36,
      "开展专题学法3次，参加中心组学习会10次，按照学法计划带头集体学法23次",
    ],
    ["开展专题学习4次，举办法治专题讲座3场次。", 7, "开展专题学习4次，举办法治专题讲座3场次"],
    // 共 at the head of a list covers the list: not the first item's total.
    ["今年共开展中心组学法12次、集中学习8次。", 20, "开展中心组学法12次、集中学习8次"],
    // General political study is not law training: only what names law counts.
    ["召开乡党委会集体学习33次，开展理论中组学习11次。", null, null],
    ["组织执法规范化培训6场，参训人员120人次。", 6, "组织执法规范化培训6场"],
    ["全年召开专题会议6次，组织执法规范化培训6场。", 6, "组织执法规范化培训6场"],
    ["组织法律法规知识培训2期，专题学法5次。", 7, "组织法律法规知识培训2期，专题学法5次"],
    // Meetings are never training, whatever their number; a frequency is no count.
    ["全年召开专题会议6次，研究部署法治建设。", null, null],
    ["党委会议每季度开展一次集中学法。", null, null],
    ["每年听取法治建设工作汇报不少于2次。", null, null],
  ]);
});

describe("several publicity activities: the sum of the activities, the year's audience", () => {
  check("publicity_events", [
    [
      "组织村法律顾问开展“法律进村”活动50余场，覆盖群众2万余人次；开展“法治进校园”活动9次。",
      59,
      "“法律进村”活动50余场，覆盖群众2万余人次；开展“法治进校园”活动9次",
    ],
    ["全年共开展普法宣传活动40场次，其中送法进校园6场次、进企业4场次。", 40, "开展普法宣传活动40场次"],
    ["开展送法进乡村8次、进校园2次，全年共开展普法宣传活动15次。", 15, "开展普法宣传活动15次"],
    ["开展普法宣传活动3次，送法进企业12次。", 15, "开展普法宣传活动3次，送法进企业12次"],
  ]);
  check("publicity_audience", [
    ["开展宣传活动50余场，覆盖群众2万余人次。", 20000, "覆盖群众2万余人次"],
    ["全年普法受众群众8000余人次，其中“宪法宣传周”活动受教育群众500人次。", 8000, "受众群众8000余人次"],
  ]);
});

describe("enforcement staff: how many hold a certificate, not this year's increase", () => {
  check("enforcement_staff", [
    ["全镇共有持证执法人员14名。", 14, "持证执法人员14名"],
    ["现有执法人员27人，均持证上岗。", 27, "执法人员27人"],
    ["街道共有行政执法人员21名。", 21, "执法人员21名"],
    ["新增持证执法人员3名，全镇执法人员持证率达100%。", null, null],
    ["今年新招录执法人员2名。", null, null],
    ["组织30名执法人员参加培训。", null, null],
  ]);
});

describe("services to projects and review rates are other figures", () => {
  check("legal_consultations", [
    ["为重点项目提供合同审查、法律咨询等专项法律服务5次。", null, null],
    ["提供法律咨询等服务30余次。", null, null],
    ["全年解答群众法律咨询120人次。", 120, "解答群众法律咨询120人次"],
    ["接待群众法律咨询86人次。", 86, "接待群众法律咨询86人次"],
  ]);
  check("legal_advisor_coverage_pct", [
    ["法律顾问参与重大决策，合法性审查覆盖率100%。", null, null],
    ["法律顾问审核合同12份，审核通过率100%。", null, null],
    ["村（社区）法律顾问覆盖率100%。", 100, "法律顾问覆盖率100%"],
  ]);
});

describe("disputes counted by two bodies add up; a breakdown by type never does", () => {
  check("disputes_handled", [
    [
      "人民调解组织调解纠纷52件，调解成功50件；司法所调解纠纷8件，调解成功8件。",
      60,
      "人民调解组织调解纠纷52件，调解成功50件；司法所调解纠纷8件",
    ],
    ["村调委会调处纠纷20起，镇调委会调处纠纷5起。", 25, "村调委会调处纠纷20起，镇调委会调处纠纷5起"],
    ["全年共调处纠纷30起，其中邻里纠纷10起、婚姻家庭纠纷8起。", 30, "调处纠纷30起"],
    ["调处纠纷30起。上半年调处纠纷12起。", 30, "调处纠纷30起"],
  ]);
  check("disputes_resolved", [
    [
      "人民调解组织调解纠纷52件，调解成功50件；司法所调解纠纷8件，调解成功8件。",
      58,
      "人民调解组织调解纠纷52件，调解成功50件；司法所调解纠纷8件，调解成功8件",
    ],
  ]);
});
