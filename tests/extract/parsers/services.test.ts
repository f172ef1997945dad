import { describe, expect, it } from "vitest";
import { observe, valueOf } from "../helpers";

describe("services parser", () => {
  it.each([
    ["全年为群众共解答法律咨询51人次。", "legal_consultations", 51],
    ["现场接受法律咨询50次。", "legal_consultations", 50],
    ["接待群众法律咨询360余人次。", "legal_consultations", 360],
    ["为群众提供法律和政策咨询100余人次。", "legal_consultations", 100],
    ["对群众提供无偿法律援助20余人次。", "legal_aid_cases", 20],
    ["协助申请法律援助0人次。", "legal_aid_cases", 0],
    ["目前我镇共培育法律明白人294人。", "law_literate_persons", 294],
    ["对全镇40名法律明白人进行法律知识培训。", "law_literate_persons", 40],
    ["培育“法律明白人”120名。", "law_literate_persons", 120],
  ] as const)("%s → %s %d", (body, id, value) => {
    expect(valueOf(body, id)).toBe(value);
  });

  it("a stated zero is a value, not a gap", () => {
    expect(observe("协助申请法律援助0人次。", "legal_aid_cases")).toMatchObject({
      value: 0,
      basis: "stated",
      evidence: { text: "协助申请法律援助0人次" },
    });
  });
});

describe("services: negative cases", () => {
  it.each([
    ["a consultation event", "开展大型法律咨询活动4场。", "legal_consultations"],
    ["a hotline number", "拨打12348咨询热线。", "legal_consultations"],
    ["law-literate training sessions", "开展法律明白人培训3次。", "law_literate_persons"],
    ["model households", "“学法用法示范户”200余户。", "law_literate_persons"],
    ["another year", "2022年解答法律咨询80人次。", "legal_consultations"],
  ] as const)("%s: %s", (_label, body, id) => {
    expect(valueOf(body, id)).toBeNull();
  });
});
