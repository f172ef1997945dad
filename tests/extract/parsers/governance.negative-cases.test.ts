import { describe, expect, it } from "vitest";
import { valueOf } from "../helpers";

describe("governance: negative cases", () => {
  it.each([
    [
      "meetings are not training",
      "召开党委会、专题会16次，专题研究法治建设重大问题。",
      "law_training_sessions",
    ],
    ["a year glued to a count", "20239次通过党政联席会议研究法治建设。", "law_training_sessions"],
    ["a standing rule", "每月一次组织班子成员开展法治知识学习。", "law_training_sessions"],
    ["a standing rule with 不少于", "每年集中学法不少于4次。", "law_training_sessions"],
    [
      "the legal advisor's lectures",
      "一年来，法律顾问共审核合同16份，举办法律讲座2次。",
      "law_training_sessions",
    ],
    [
      "publicity is not training",
      "开展法治教育进校园、法律明白人培训等普法宣传活动100余次。",
      "law_training_sessions",
    ],
    ["an exam is not a session", "组织镇机关干部学法考试1次。", "law_training_sessions"],
    ["exam candidates", "今年有5名同志报考行政执法资格。", "enforcement_staff"],
    ["trainees", "组织30名执法人员参加培训。", "enforcement_staff"],
    ["a breakdown of petitions", "其中，初访30件，重复访98件。", "petitions"],
    ["losing a lawsuit", "未发生行政诉讼败诉案件。", "admin_litigation_cases"],
    ["civil cases handled by the advisor", "法律顾问代理出庭案件4件。", "admin_litigation_cases"],
    ["another year", "2022年行政应诉案件3件。", "admin_litigation_cases"],
  ] as const)("%s: %s", (_label, body, id) => {
    expect(valueOf(body, id)).toBeNull();
  });
});
