// One demo report: the text a township of 示例县 would send for a year, and the truth the generator
// meant (in the shape of ../shared/reports/gold.json, so the same scorer reads both).
import {
  KEY_INDICATOR_IDS,
  type IndicatorId,
  type KeyIndicatorId,
  type ShortcomingCategory,
} from "../../src/domain";
import { figuresFor, type Figures } from "./figures";
import { toChinese } from "./numerals";
import { FILLER, INTROS, SHORTCOMING_WORDINGS } from "./phrases";
import { createRng, type Rng } from "./prng";
import { COUNTY, type Township } from "./townships";
import { pct, writeCount } from "./write";

export interface TruthCase {
  file: string;
  township: string;
  county: string;
  year: number;
  indicators: Partial<Record<IndicatorId, number[]>>;
  shortcomings: { required: ShortcomingCategory[]; optional: ShortcomingCategory[] };
  missing: KeyIndicatorId[];
}

export interface DemoReport {
  fileName: string;
  text: string;
  truth: TruthCase;
}

interface Ctx {
  t: Township;
  year: number;
  rng: Rng;
  fig: Figures;
  prev: Figures;
  /** 我镇 / 我乡 / 我街道 */
  me: string;
  /** 全镇 / 全乡 / 全街道 */
  all: string;
  state(id: IndicatorId, value: number): void;
}

export const FICTION_NOTE = "（虚构示例数据，仅供演示）";

export function composeReport(t: Township, year: number): DemoReport {
  const rng = createRng(`${t.slug}:${year}:text`);
  const indicators: Partial<Record<IndicatorId, number[]>> = {};
  const ctx: Ctx = {
    t,
    year,
    rng,
    fig: figuresFor(t, year),
    prev: figuresFor(t, year - 1),
    me: `我${t.unit}`,
    all: `全${t.unit}`,
    state: (id, value) => {
      indicators[id] = [value];
    },
  };
  const fill = (s: string) =>
    s.replaceAll("{me}", ctx.me).replaceAll("{unit}", t.unit).replaceAll("{year}", String(year));

  const subsections = [leadership(ctx), publicity(ctx), disputes(ctx), services(ctx), enforcement(ctx)];
  const order = [0, ...rng.shuffle([1, 2, 3]), 4];
  const ordinals = ["（一）", "（二）", "（三）", "（四）", "（五）"];
  const body = order.flatMap((i, n) => {
    const s = subsections[i];
    return s ? [`${ordinals[n]}${s.heading}`, fill(s.body)] : [];
  });
  const categories = chooseShortcomings(ctx);

  const lines = [
    FICTION_NOTE,
    ...title(ctx),
    "",
    fill(rng.pick(INTROS)),
    "",
    rng.pick([
      `一、${year}年法治政府建设主要举措和成效`,
      "一、主要举措和成效",
      `一、${year}年推进法治政府建设的主要做法`,
    ]),
    ...body,
    "",
    ...shortcomingsSection(ctx, categories),
    "",
    ...nextSteps(ctx, fill),
    "",
    `${COUNTY}${t.name}${t.unit === "街道" ? "办事处" : "人民政府"}`,
    `${year + 1}年1月${rng.int(8, 28)}日`,
  ];
  const missing = KEY_INDICATOR_IDS.filter((id) => !(id in indicators));
  return {
    fileName: `${year}-${t.slug}.txt`,
    text: `${lines.join("\n")}\n`,
    truth: {
      file: `reports/${year}-${t.slug}.txt`,
      township: t.name,
      county: COUNTY,
      year,
      indicators: Object.fromEntries(
        Object.entries(indicators).sort(([a], [b]) => (a < b ? -1 : 1)),
      ) as TruthCase["indicators"],
      shortcomings: { required: categories, optional: [] },
      missing,
    },
  };
}

/** Writes a figure, records the value the text states, and returns the words. */
function stated(ctx: Ctx, id: IndicatorId, n: number, unit: string): string {
  const w = writeCount(ctx.rng, ctx.t.numerals, n);
  ctx.state(id, w.value);
  return w.with(unit);
}

function title(ctx: Ctx): string[] {
  const { t, year, rng } = ctx;
  const office = t.unit === "街道" ? "办事处" : "人民政府";
  switch (rng.int(0, 2)) {
    case 0:
      return [`${COUNTY}${t.name}${year}年法治政府建设情况报告`];
    case 1:
      return [`${COUNTY}${t.name}${office}`, `关于${year}年度法治政府建设情况的报告`];
    default:
      return [`${t.name}${year}年法治政府建设情况报告`, `${COUNTY}人民政府：`];
  }
}

interface Subsection {
  heading: string;
  body: string;
}

function leadership(ctx: Ctx): Subsection {
  const { rng, fig, year, t } = ctx;
  const parts = rng.shuffle(FILLER.leadership).slice(0, 2);
  if (rng.chance(0.5)) parts.push(`召开党委会、专题会${rng.int(3, 9) + 10}次，专题研究法治建设重大问题。`);
  if (rng.chance(0.35))
    parts.push(
      `印发《${t.name}${year}年法治政府建设工作要点》（${t.name.slice(0, 2)}府发〔${year}〕${rng.int(2, 30)}号），明确年度任务。`,
    );
  if (rng.chance(0.9)) {
    const training = rng.chance(0.5)
      ? `全年组织党委理论学习中心组专题学法${stated(ctx, "law_training_sessions", fig.trainingSessions, "次")}`
      : `举办法治专题培训${stated(ctx, "law_training_sessions", fig.trainingSessions, "场")}`;
    parts.push(`${training}，坚持每月一次会前学法，干部法治意识明显增强。`);
  }
  return {
    heading: rng.pick(["加强组织领导，压实法治建设责任", "强化统筹推进，落实第一责任人职责"]),
    body: parts.join(""),
  };
}

function publicity(ctx: Ctx): Subsection {
  const { rng, fig, prev, year, me, all } = ctx;
  const parts = rng.shuffle(FILLER.publicity).slice(0, 2);
  const style = rng.next();
  if (style < 0.05) {
    // A year without a count of activities: a deliberate gap in a key indicator.
    parts.push("各村（社区）结合实际开展了形式多样的普法宣传活动。");
  } else if (style < 0.5) {
    const verb = rng.pick([
      "全年共开展普法宣传活动",
      "全年组织开展法治宣传活动",
      "全年累计举办各类普法活动",
      "开展“八五”普法集中宣传活动",
    ]);
    let s = `${verb}${stated(ctx, "publicity_events", fig.publicityEvents, rng.pick(["场次", "场", "次"]))}`;
    if (fig.publicityEvents > prev.publicityEvents + 2 && rng.chance(0.5)) {
      s += `，较${year - 1}年增加${fig.publicityEvents - prev.publicityEvents}场次`;
    }
    parts.push(`${s}。`);
  } else if (style < 0.75) {
    const a = Math.round(fig.publicityEvents * 0.4);
    const b = Math.round(fig.publicityEvents * 0.2);
    const c = Math.max(1, Math.round(fig.publicityEvents * 0.1));
    ctx.state("publicity_events", fig.publicityEvents);
    parts.push(
      `其中开展“送法进村（社区）”活动${a}场、“法治进校园”${b}场、“送法进企业”${c}场，全年累计开展各类普法宣传活动${fig.publicityEvents}场次。`,
    );
  } else {
    const split = [0.5, 0.2, 0.15].map((f) => Math.max(1, Math.round(fig.publicityEvents * f)));
    const [a = 1, b = 1, c = 1] = split;
    const d = Math.max(1, fig.publicityEvents - a - b - c);
    ctx.state("publicity_events", a + b + c + d);
    parts.push(`全年开展送法进乡村${a}次、送法进校园${b}次、送法进机关${c}次、送法进企业${d}次。`);
  }
  if (rng.chance(0.8)) {
    parts.push(
      `${rng.pick(["发放宣传资料", "发放《民法典》读本、宣传手册等资料", "印发普法宣传折页"])}${stated(ctx, "publicity_materials", fig.publicityMaterials, rng.pick(["份", "份", "册"]))}，` +
        (rng.chance(0.4) ? `悬挂横幅${rng.int(20, 80)}条，` : "") +
        `${rng.pick(["受教育群众", "覆盖群众", "受教育干部群众", "惠及群众"])}${stated(ctx, "publicity_audience", fig.publicityAudience, "人次")}。`,
    );
  }
  if (rng.chance(0.75)) {
    parts.push(
      rng.chance(0.5)
        ? `${all}共培育“法律明白人”${stated(ctx, "law_literate_persons", fig.lawLiterate, "名")}，` +
            `评选学法用法示范户${rng.int(20, 90)}户。`
        : `目前${me}现有法律明白人${stated(ctx, "law_literate_persons", fig.lawLiterate, "人")}，实现每个村民小组至少一名。`,
    );
  }
  return {
    heading: rng.pick(["深化法治宣传教育，营造浓厚法治氛围", "扎实开展普法工作，提升群众法治意识"]),
    body: parts.join(""),
  };
}

function disputes(ctx: Ctx): Subsection {
  const { rng, fig } = ctx;
  const parts = rng.shuffle(FILLER.disputes).slice(0, 2);
  const h = fig.disputesHandled;
  const r = fig.disputesResolved;
  if (rng.chance(0.4)) parts.push(`组织开展矛盾纠纷集中排查${rng.int(4, 12) * 10 + 4}次，`);
  const style = rng.next();
  if (style < 0.08) {
    parts.push("及时就地化解各类矛盾纠纷，未发生因矛盾激化引发的恶性案件。");
  } else if (style < 0.38) {
    ctx.state("disputes_handled", h);
    ctx.state("disputes_resolved", r);
    ctx.state("dispute_resolution_pct", pct(r, h));
    parts.push(`全年共排查调处各类矛盾纠纷${h}起，调解成功${r}起，调解成功率${pct(r, h)}%。`);
  } else if (style < 0.6) {
    ctx.state("disputes_handled", h);
    ctx.state("disputes_resolved", h);
    ctx.state("dispute_resolution_pct", 100);
    parts.push(`全年共受理矛盾纠纷${h}件，已全部化解。`);
  } else if (style < 0.8) {
    ctx.state("disputes_handled", h);
    ctx.state("disputes_resolved", r);
    ctx.state("dispute_resolution_pct", pct(r, h));
    parts.push(
      `${rng.pick(["全年调处矛盾纠纷", "全年排查化解矛盾纠纷", "人民调解组织共受理各类纠纷"])}${h}起，${rng.pick(["调解成功", "成功调解"])}${r}起。`,
    );
  } else {
    parts.push(`共调处各类矛盾纠纷${stated(ctx, "disputes_handled", h, "起")}，有效维护了社会和谐稳定。`);
  }
  if (ctx.t.petitions) {
    parts.push(
      `全年受理群众信访件${stated(ctx, "petitions", fig.petitions, "件")}` +
        (rng.chance(0.3) ? "，按期办结率100%。" : "，均按程序办理。"),
    );
  }
  return {
    heading: rng.pick(["推进矛盾纠纷多元化解，维护社会和谐稳定", "坚持和发展新时代“枫桥经验”"]),
    body: parts.join(""),
  };
}

function services(ctx: Ctx): Subsection {
  const { rng, fig, t, all, me } = ctx;
  const parts = rng.shuffle(FILLER.services).slice(0, 2);
  let villages = "";
  if (t.villagesStyle === "total") {
    ctx.state("villages_total", fig.villagesTotal);
    villages = t.villages === 0 ? `辖区${fig.villagesTotal}个社区` : `${all}${fig.villagesTotal}个村（社区）`;
  } else if (t.villagesStyle === "parts") {
    ctx.state("villages_total", fig.villagesTotal);
    villages = `${me}${t.villages}村${t.communities}居`;
  }
  if (t.silentOnAdvisor) {
    if (villages) parts.push(`${villages}均建立了人民调解委员会。`);
  } else if (fig.advisorVillages < fig.villagesTotal) {
    const p = pct(fig.advisorVillages, fig.villagesTotal);
    ctx.state("legal_advisor_coverage_pct", p);
    parts.push(
      `${villages || "各村（社区）"}中已有${fig.advisorVillages}个聘请了法律顾问，法律顾问覆盖率${p}%。`,
    );
  } else if (rng.chance(0.5)) {
    ctx.state("legal_advisor_coverage_pct", 100);
    parts.push(`${villages ? `${villages}均` : "各村（社区）均"}配备了法律顾问，法律顾问覆盖率100%。`);
  } else {
    ctx.state("legal_advisor_coverage_pct", 100);
    parts.push(`${villages ? `${villages}，` : ""}实现一村（社区）一法律顾问全覆盖。`);
  }
  if (rng.chance(0.8)) {
    parts.push(
      `${rng.pick(["全年为群众解答法律咨询", "接待群众法律咨询", "提供法律咨询服务"])}${stated(ctx, "legal_consultations", fig.consultations, "人次")}`,
    );
    parts.push(
      rng.chance(0.6) ? `，协助申请法律援助${fig.legalAid}人次。` : `，办理法律援助案件${fig.legalAid}件。`,
    );
    ctx.state("legal_aid_cases", fig.legalAid);
  }
  return {
    heading: rng.pick(["完善公共法律服务体系", "推进公共法律服务，发挥法律顾问作用"]),
    body: parts.join(""),
  };
}

function enforcement(ctx: Ctx): Subsection {
  const { rng, fig, all } = ctx;
  const parts = rng.shuffle(FILLER.enforcement).slice(0, 2);
  if (rng.chance(0.7)) {
    parts.push(
      rng.chance(0.6)
        ? `${all}现有持证行政执法人员${stated(ctx, "enforcement_staff", fig.enforcementStaff, "名")}。`
        : `目前${all}执法人员共有${stated(ctx, "enforcement_staff", fig.enforcementStaff, rng.pick(["名", "人"]))}，均持证上岗。`,
    );
  }
  const lit = rng.next();
  if (lit < 0.45 && fig.adminLitigation === 0) {
    ctx.state("admin_litigation_cases", 0);
    parts.push(`全年未发生行政诉讼案件。`);
  } else if (lit < 0.7 && fig.adminLitigation > 0) {
    ctx.state("admin_litigation_cases", fig.adminLitigation);
    parts.push(`全年发生行政应诉案件${fig.adminLitigation}件，行政机关负责人均出庭应诉。`);
  }
  return { heading: rng.pick(["规范行政执法行为", "严格规范公正文明执法"]), body: parts.join("") };
}

const ALL_CATEGORIES = Object.keys(SHORTCOMING_WORDINGS) as (keyof typeof SHORTCOMING_WORDINGS)[];

function chooseShortcomings(ctx: Ctx): ShortcomingCategory[] {
  const { rng, t, year } = ctx;
  const recurring = ALL_CATEGORIES.filter((c) => t.recurring[c]?.includes(year));
  const others = rng.shuffle(ALL_CATEGORIES.filter((c) => !recurring.includes(c) && !t.recurring[c]));
  const wanted = rng.int(2, 4);
  return [...recurring, ...others.slice(0, Math.max(1, wanted - recurring.length))];
}

function shortcomingsSection(ctx: Ctx, categories: ShortcomingCategory[]): string[] {
  const { rng, year, me } = ctx;
  const heading = rng.pick([
    "二、存在的问题和不足",
    `二、${year}年法治政府建设存在的不足和原因`,
    "二、存在的主要问题",
  ]);
  const intro = `${year}年，${me}法治政府建设工作虽然取得了一定成效，但对照上级要求，仍存在一些问题和不足：`;
  // Each year words a recurring problem its own way (seeded by year), as real reports do.
  const items = categories.map((c) => {
    const pool = c === "other" ? [] : SHORTCOMING_WORDINGS[c];
    return pool[(year + rng.int(0, 5)) % pool.length] ?? "";
  });
  const markers = rng.int(0, 2);
  if (markers === 0) {
    const cn = ["一", "二", "三", "四", "五"];
    return [heading, intro + items.map((s, i) => `${cn[i]}是${s}。`).join("")];
  }
  if (markers === 1) return [heading, intro, ...items.map((s, i) => `（${toChinese(i + 1)}）${s}。`)];
  return [heading, intro, ...items.map((s, i) => `${i + 1}.${s}。`)];
}

function nextSteps(ctx: Ctx, fill: (s: string) => string): string[] {
  const { rng, year } = ctx;
  const heading = rng.pick([
    `三、${year + 1}年工作安排`,
    "三、下一步工作打算",
    `三、${year + 1}年推进法治政府建设的主要安排`,
  ]);
  const items = rng.shuffle(FILLER.next).slice(0, rng.int(3, 4));
  if (rng.chance(0.3))
    items.push(`计划全年开展普法宣传活动不少于${rng.int(3, 6) * 10}场，每季度至少组织一次集中学法。`);
  return [heading, ...items.map((s, i) => `（${toChinese(i + 1)}）${fill(s)}`)];
}
