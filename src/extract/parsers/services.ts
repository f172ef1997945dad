// Legal services: consultations answered, legal aid given, 法律明白人 trained or registered.
import { cueParser, type CueRuleSpec } from "./cueRule";

const CONSULTATIONS: CueRuleSpec = {
  id: "legal_consultations",
  rule: "services.consultation-count",
  cue: /(?:法律(?:和政策)?|政策|群众|来访)?咨询/g,
  // A consultation event (法律咨询活动4场) is not a consultation answered; services counted
  // together (合同审查、法律咨询等专项法律服务5次) are not consultations.
  exclude: /活动|会|援助|等|专项|审查|审核|合同/,
  // "解答50余人次法律咨询".
  after: /(?:的)?(?:群众)?(?:法律|政策|法律政策)?咨询(?!活动)/y,
  afterNeedsBefore: /解答|接待|接受|提供|受理|答复|回复/g,
};

const LEGAL_AID: CueRuleSpec = {
  id: "legal_aid_cases",
  rule: "services.legal-aid-count",
  cue: /法律援助|法援/g,
  exclude: /咨询|宣传/,
  // "办理5件法律援助案件".
  after: /(?:的)?法律援助/y,
};

const LAW_LITERATE: CueRuleSpec = {
  id: "law_literate_persons",
  rule: "services.law-literate-count",
  cue: /法律明白人|法治带头人|法律带头人/g,
  // "全镇40名法律明白人": the cue follows the number.
  after: /[“"]?(?:法律明白人|法治带头人)/y,
  exclude: /培训|示范户|学法用法/,
};

export const servicesParser = cueParser("services", [CONSULTATIONS, LEGAL_AID, LAW_LITERATE]);
