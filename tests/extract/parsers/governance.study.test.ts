// Officials' study sessions named by who studies (干部职工/党员干部/班子成员…) and the study word
// (学习/学法/培训…) are law training; the public's or villagers' study is not (excerpt 005).
import { describe, expect, it } from "vitest";
import { observe, valueOf } from "../helpers";

describe("training named by who studies", () => {
  it.each([
    ["今年共开展中心组学法12次、干部职工学习48次。", 60, "开展中心组学法12次、干部职工学习48次"],
    ["全年组织干部职工集中学习24次。", 24, "组织干部职工集中学习24次"],
    ["班子成员专题学法6次。", 6, "班子成员专题学法6次"],
    ["组织党员干部开展法律知识学习十二次。", 12, "组织党员干部开展法律知识学习十二次"],
    ["全年开展机关干部常态化学法30余次。", 30, "开展机关干部常态化学法30余次"],
    ["领导班子集体学法4次，全体干部学习法律法规20次。", 24, "领导班子集体学法4次，全体干部学习法律法规20次"],
    ["全年组织18次干部职工学习。", 18, "组织18次干部职工学习"],
  ])("%s → %i", (body, value, evidence) => {
    const o = observe(body, "law_training_sessions");
    expect(o?.value).toBe(value);
    expect(o?.evidence.text).toBe(evidence);
  });

  it.each([
    ["the public studies: publicity", "组织群众学习宪法知识5次。"],
    ["villagers study: publicity", "组织村民学习民法典12次。"],
    ["a meeting, not a study session", "召开干部职工大会4次，传达学习上级精神。"],
    ["people, not sessions", "组织干部职工学习习近平法治思想，参学人员达200人次。"],
    ["a standing rule", "坚持干部职工每月集中学习不少于1次。"],
    ["an exam", "组织干部职工参加学法考试2次。"],
  ])("%s: %s → no training count", (_why, body) => {
    expect(valueOf(body, "law_training_sessions")).toBeNull();
  });
});
