// Law publicity (普法宣传): activities held, materials handed out, people reached.
import { cueParser, type CueRuleSpec } from "./cueRule";

// The objects of 送法进… / 法律七进 campaigns: each names a part of the year's activities.
const TARGETS =
  "乡村|农村|村居|村组|校园|学校|机关|企业|社区|单位|家庭|寺庙|宗教场所|网络|军营|医院|市场|工地|景区|园区|商户|院落|农户|集市";

const EVENTS: CueRuleSpec = {
  id: "publicity_events",
  rule: "publicity.events-count",
  cue: new RegExp(
    `普法|法治宣传|法制宣传|法律宣传|宣传活动|宣讲|送法|法律[六七八九]?进|法治[六七八九]?进|进(?:${TARGETS})`,
    "g",
  ),
  part: new RegExp(`^进(?:${TARGETS})$`),
  // Study, training, exams, meetings and consultations are other figures.
  exclude: /培训|学习|考试|考法|学法|会议|例会|座谈|咨询/,
  // "开展12场普法宣传活动".
  after: new RegExp(`(?:的)?(?:“)?(?:普法|法治宣传|法制宣传|法律宣传|送法|法律进|法治进|宣讲)`, "y"),
  afterExclude: /培训|学习|考试|咨询|会议/,
};

const MATERIALS: CueRuleSpec = {
  id: "publicity_materials",
  rule: "publicity.materials-count",
  cue: /(?:发放|派发|分发|赠送|发送|印发|散发|发出|赠阅|送出)[^，。；,;：:]{0,25}?(?:资料|手册|读本|宣传单|彩页|折页|书籍|材料|明白纸|宣传册|单页|画册|读物|传单|宣传品|图书|法律书|小册子|法规汇编)/g,
  // Banners, boards and posters are put up, not handed out.
  exclude: /横幅|展板|标语|版面|条幅|海报|宣传栏/,
  // "发放3000余份宣传资料".
  after:
    /(?:的)?(?:各类|普法|法治|法律|法制|宣传|教育|反诈|政策|、){0,4}(?:资料|手册|读本|宣传单|彩页|折页|书籍|材料|明白纸|宣传册|单页|画册|读物|传单|宣传品|图书|小册子)/y,
  afterNeedsBefore: /发放|派发|分发|赠送|发送|印发|散发|发出|赠阅|送出/g,
};

const AUDIENCE: CueRuleSpec = {
  id: "publicity_audience",
  rule: "publicity.audience-count",
  cue: /受教育|受惠|受益|受众|惠及|覆盖(?:群众|人群|人数|人员)|教育群众|参与群众|参加群众|群众参与|吸引群众|辐射群众/g,
  // Officials trained are not the public reached; "干部群众" (officials and the public) is.
  exclude: /咨询|培训|干部(?!群众)/,
  // "吸引2000余名群众参与": the people after the number, taking part.
  after: /(?:干部)?(?:群众|村民|居民|农牧民|师生|青少年)(?:参与|参加|受教育|接受教育|受益|观看)/y,
  afterNeedsBefore: /吸引|组织|带动|覆盖|惠及|共有|累计|合计|共计/g,
};

export const publicityParser = cueParser("publicity", [EVENTS, MATERIALS, AUDIENCE]);
