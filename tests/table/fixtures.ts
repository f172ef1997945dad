// Small StoredReport builders for the table tests, plus a deterministic generator of many reports
// for the virtualisation and performance checks. Shapes follow src/domain/types.ts exactly.
import {
  INDICATORS,
  KEY_INDICATOR_IDS,
  type Approx,
  type Basis,
  type IndicatorId,
  type KeyIndicatorId,
  type Observation,
  type StoredReport,
} from "../../src/domain";

export function obs(
  id: IndicatorId,
  value: number,
  opts: { approx?: Approx; basis?: Basis; text?: string; derivation?: string } = {},
): Observation {
  const text = opts.text ?? `${id} ${value}`;
  const o: Observation = {
    id,
    value,
    unit: INDICATORS.find((d) => d.id === id)?.unit ?? "",
    approx: opts.approx ?? "exact",
    basis: opts.basis ?? "stated",
    rule: "test.rule",
    evidence: { start: 10, end: 10 + text.length, text },
  };
  if (opts.derivation) o.derivation = opts.derivation;
  return o;
}

export function report(
  township: string,
  year: number | null,
  indicators: Observation[] = [],
  opts: { county?: string | null; shortcomings?: number; error?: string; id?: string } = {},
): StoredReport {
  const county = opts.county === undefined ? "城口县" : opts.county;
  const stated = new Set(indicators.map((o) => o.id));
  const missing = KEY_INDICATOR_IDS.filter((k) => !stated.has(k)) as KeyIndicatorId[];
  const r: StoredReport = {
    id: opts.id ?? `${year ?? "unknown"}-${county ?? ""}-${township}`,
    file: `${township}.txt`,
    township,
    county,
    year,
    indicators,
    shortcomings: Array.from({ length: opts.shortcomings ?? 0 }, (_, i) => ({
      category: "other" as const,
      text: `问题${i + 1}`,
      start: 0,
      end: 3,
    })),
    missing,
    text: "",
  };
  if (opts.error) r.error = opts.error;
  return r;
}

/** Four reports covering the cases the table must tell apart: stated, 0, approx, derived, missing. */
export function sampleReports(): StoredReport[] {
  return [
    report(
      "咸宜镇",
      2023,
      [
        obs("legal_advisor_coverage_pct", 100, { basis: "derived", derivation: "全覆盖 → 100%" }),
        obs("disputes_handled", 70, { approx: "at_least", text: "调处各类矛盾纠纷70余起" }),
        obs("publicity_events", 13),
      ],
      { shortcomings: 3 },
    ),
    report(
      "许疃镇",
      2023,
      [
        obs("disputes_handled", 67),
        obs("legal_aid_cases", 0, { text: "协助申请法律援助0人次" }),
        obs("publicity_events", 120, { approx: "at_least", text: "普法宣传活动120余场次" }),
      ],
      { county: "蒙城县", shortcomings: 2 },
    ),
    report(
      "太平岭满族乡",
      2023,
      [
        obs("disputes_handled", 30, { approx: "about", text: "调处矛盾纠纷约30起" }),
        obs("dispute_resolution_pct", 100),
      ],
      { county: "庄河市", shortcomings: 1 },
    ),
    report("新乡镇", 2022, [], { county: "万州区", error: "无法识别的文件编码" }),
  ];
}

/** A deterministic pseudo-random stream (mulberry32), so big fixtures are the same on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = [
  "城关镇",
  "咸宜镇",
  "许疃镇",
  "太平岭满族乡",
  "新乡镇",
  "下塘镇",
  "东安乡",
  "北屏乡",
  "明通镇",
  "修齐镇",
];

/** `n` reports across fictional counties and years, with gaps, zeros and approximate figures. */
export function manyReports(n: number, seed = 1): StoredReport[] {
  const rand = rng(seed);
  const out: StoredReport[] = [];
  for (let i = 0; i < n; i++) {
    const township = `${NAMES[i % NAMES.length]}${Math.floor(i / NAMES.length) % 100}`;
    const county = `示例${Math.floor(i / 1000)}县`;
    const year = 2015 + (i % 10);
    const indicators = INDICATORS.filter(() => rand() < 0.6).map((d) => {
      const r = rand();
      const value = d.isPercent ? Math.round(60 + r * 40) : Math.floor(r * 500);
      return obs(d.id, value, {
        approx: r < 0.2 ? "at_least" : r < 0.3 ? "about" : "exact",
        basis: r > 0.9 ? "derived" : "stated",
      });
    });
    out.push(
      report(township, year, indicators, { county, shortcomings: Math.floor(rand() * 6), id: `r${i}` }),
    );
  }
  return out;
}
