import { describe, expect, it } from "vitest";
import { valueOf } from "../helpers";

describe("publicity: not a count of publicity events", () => {
  it.each([
    ["a standing rule", "坚持每年开展普法活动不少于4次。"],
    ["monthly", "每月一次开展法治宣传。"],
    ["quarterly", "每季度开展普法宣传1次。"],
    ["a target", "力争全年开展普法宣传活动20场。"],
    ["another year", "2022年开展普法宣传活动80场。"],
    ["a comparison", "普法宣传活动较上年增加10场。"],
    ["training", "开展法治培训等各类学习活动40余场次。"],
    ["consultation events", "开展大型法律咨询活动4场。"],
    ["meetings", "召开党委会、专题会16次。"],
    ["the legal advisor's own events", "一年来，法律顾问共审核合同16份，参加大型普法宣传活动6次。"],
    ["festival dates", "在“3.15”、“12.4”等节点开展普法宣传。"],
    ["a document number", "根据〔2023〕9号文件开展普法宣传。"],
    ["a year glued to a count", "20239次开展普法宣传活动。"],
    ["八五普法", "深入开展“八五”普法。"],
    ["plans", "\n三、2024年工作计划\n开展普法宣传活动30场。"],
  ])("%s: %s", (_label, body) => {
    expect(valueOf(body, "publicity_events")).toBeNull();
  });

  it.each([["officials trained", "组织干部学法培训8次，受教育干部200余人次。"]])(
    "audience: %s",
    (_label, body) => {
      expect(valueOf(body, "publicity_audience")).toBeNull();
    },
  );

  it.each([
    ["posters put up", "悬挂张贴海报30余张。"],
    ["boards made", "制作普法宣传版面128块。"],
    ["messages forwarded", "转发各类法律知识500余条。"],
    ["warning signs", "安装警示标识牌200余处。"],
  ])("materials: %s", (_label, body) => {
    expect(valueOf(body, "publicity_materials")).toBeNull();
  });
});
