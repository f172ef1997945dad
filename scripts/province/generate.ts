// A generated province for benchmarks and scale tests: the real townships of one province (cities →
// counties → townships, names and codes from the national division list, see names.ts) given
// fictional figures, gaps, shortcomings and short fictional texts whose evidence spans point exactly
// into them. Built directly as records (no engine run) so 10,000 reports take a second. About 1% of
// townships get no division code (as when the engine cannot place a report): the app's 未定位 group.
import type { DatasetFile } from "../../src/data";
import {
  KEY_INDICATOR_IDS,
  SHORTCOMING_CATEGORIES,
  type IndicatorId,
  type KeyIndicatorId,
  type Observation,
  type Shortcoming,
  type StoredReport,
} from "../../src/domain";
import { createRng, type Rng } from "../demo/prng";
import { DEFAULT_PROVINCE, provinceTownships, type ProvinceTownship } from "./names";

export const FICTION_NOTE = "（虚构示例数据，仅供性能测试）";

interface Sentence {
  id: IndicatorId;
  unit: string;
  make: (v: number) => string;
  value: (rng: Rng, size: number) => number;
}

const SENTENCES: Sentence[] = [
  {
    id: "legal_advisor_coverage_pct",
    unit: "%",
    make: (v) => `村（社区）法律顾问覆盖率达到${v}%。`,
    value: (r) => r.int(60, 100),
  },
  {
    id: "disputes_handled",
    unit: "起",
    make: (v) => `全年共排查调处矛盾纠纷${v}起，`,
    value: (r, s) => Math.round(r.int(20, 160) * s),
  },
  {
    id: "dispute_resolution_pct",
    unit: "%",
    make: (v) => `调解成功率${v}%。`,
    value: (r) => r.int(88, 100),
  },
  {
    id: "publicity_events",
    unit: "场次",
    make: (v) => `开展法治宣传活动${v}场次，`,
    value: (r, s) => Math.round(r.int(5, 60) * s),
  },
  {
    id: "publicity_materials",
    unit: "份",
    make: (v) => `发放宣传资料${v}份。`,
    value: (r, s) => Math.round(r.int(500, 9000) * s),
  },
  {
    id: "legal_consultations",
    unit: "人次",
    make: (v) => `提供法律咨询${v}人次。`,
    value: (r, s) => Math.round(r.int(30, 400) * s),
  },
  {
    id: "law_training_sessions",
    unit: "次",
    make: (v) => `组织干部学法培训${v}次。`,
    value: (r) => r.int(2, 16),
  },
];

const PROBLEMS = [
  "法治宣传形式较为单一，针对性不强。",
  "部分干部学法用法意识仍需加强。",
  "基层执法队伍力量薄弱，专业人员不足。",
  "法律顾问作用发挥不够充分。",
  "规范性文件审查机制有待完善。",
];

export interface ProvinceOptions {
  townships: number;
  years: readonly number[];
  seed?: string;
  /** Whose township names to use (default 河南省). */
  province?: string;
}

/** Share of townships whose reports carry no division code (the 未定位 group). */
const UNLOCATED = 0.01;

function report(t: ProvinceTownship, year: number, size: number, located: boolean, rng: Rng): StoredReport {
  let text = `${t.county}${t.name}${year}年法治政府建设情况报告${FICTION_NOTE}\n一、工作开展情况\n`;
  const indicators: Observation[] = [];
  for (const s of SENTENCES) {
    // Gaps: each figure is left out now and then, the key ones less often.
    const key = (KEY_INDICATOR_IDS as readonly string[]).includes(s.id);
    if (rng.chance(key ? 0.08 : 0.25)) continue;
    const value = s.value(rng, size);
    const sentence = s.make(value);
    const digits = String(value);
    const start = text.length + sentence.indexOf(digits);
    text += sentence;
    const end = start + digits.length + (s.unit === "%" ? 1 : s.unit.length);
    indicators.push({
      id: s.id,
      value,
      unit: s.unit,
      approx: "exact",
      basis: "stated",
      rule: "province.generated",
      evidence: { start, end, text: text.slice(start, end) },
    });
  }
  text += "\n二、存在的不足\n";
  const shortcomings: Shortcoming[] = [];
  const n = rng.int(0, 3);
  for (let i = 0; i < n; i++) {
    const k = rng.int(0, PROBLEMS.length - 1);
    const problem = PROBLEMS[k] ?? "";
    if (shortcomings.some((x) => x.text === problem)) continue;
    const start = text.length;
    text += problem;
    shortcomings.push({
      category: SHORTCOMING_CATEGORIES[k] ?? "other",
      text: problem,
      start,
      end: text.length,
    });
  }
  const stated = new Set(indicators.map((o) => o.id));
  const missing = KEY_INDICATOR_IDS.filter((k): k is KeyIndicatorId => !stated.has(k));
  return {
    id: `${year}-${t.county}-${t.name}`,
    file: `${year}-${t.county}-${t.name}.txt`,
    township: t.name,
    county: t.county,
    year,
    indicators,
    shortcomings,
    missing,
    text,
    ...(located && {
      division: {
        code: t.code,
        township: t.name,
        county: t.county,
        countyCode: t.countyUnit.code,
        city: t.city,
        province: t.countyUnit.province,
        basis: "stated" as const,
      },
    }),
  };
}

/** The province data set file: every township × year, about 6% of township-years without a report. */
export function generateProvince(opts: ProvinceOptions): DatasetFile {
  const seed = opts.seed ?? "province";
  const reports: StoredReport[] = [];
  const province = opts.province ?? DEFAULT_PROVINCE;
  for (const t of provinceTownships(opts.townships, province)) {
    const rng = createRng(`${seed}/${t.code}`);
    const size = 0.4 + rng.next() * 2;
    const located = !rng.chance(UNLOCATED);
    for (const year of opts.years) {
      if (rng.chance(0.06)) continue;
      reports.push(report(t, year, size, located, rng));
    }
  }
  return {
    schemaVersion: 1,
    dataset: "province",
    label: `${province}乡镇名·虚构示例数据`,
    fictional: true,
    reports,
  };
}
