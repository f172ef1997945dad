// The scoring of ../shared/tools/score-extraction.mjs, reimplemented for tests (the tests do not
// import the shared tool): metadata exact match, indicator true/false positives and misses (the
// first observation of an id counts; a value is right when the answer lists it), shortcoming
// categories (required must appear, anything neither required nor optional is extra), the
// missing list exactly, and evidence found in the source (whitespace and width ignored).
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { IndicatorId, StoredReport } from "../../src/domain";
import { extractReport } from "../../src/extract";

export interface GoldCase {
  file: string;
  township?: string;
  county?: string | null;
  year?: number | null;
  indicators?: Partial<Record<IndicatorId, number[]>>;
  shortcomings?: string[] | { required?: string[]; optional?: string[] };
  missing?: string[];
}

export interface Score {
  reports: number;
  indicatorF1: number;
  precision: number;
  recall: number;
  shortcomingsF1: number;
  /** Share of metadata fields right, 0..1. */
  metadata: number;
  /** Share of evidence texts found in the source, 0..1. */
  grounded: number;
  missingExact: number;
  /** What went wrong, one line per report, as the shared tool prints it. */
  lines: string[];
}

const squash = (s: unknown): string =>
  String(s ?? "")
    .normalize("NFKC")
    .replace(/\s+/g, "");
const f1 = (tp: number, fp: number, fn: number): number => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));
const share = (a: number, b: number): number => (b ? a / b : 1);

/** Scores one report against its answer; `counts` accumulates over a set. */
function scoreCase(c: GoldCase, r: StoredReport, source: string, counts: Record<string, number>): string {
  const wrong: string[] = [];
  for (const k of ["township", "county", "year"] as const) {
    if (!(k in c)) continue;
    counts.metaOf!++;
    if ((r[k] ?? null) === (c[k] ?? null)) counts.meta!++;
    else wrong.push(`${k}: got ${JSON.stringify(r[k] ?? null)} want ${JSON.stringify(c[k] ?? null)}`);
  }
  const got = new Map<string, { value: number }>();
  for (const o of r.indicators) {
    if (!got.has(o.id)) got.set(o.id, o);
    if (o.evidence?.text) {
      counts.evidenced!++;
      if (squash(source).includes(squash(o.evidence.text))) counts.grounded!++;
    }
  }
  const want = (c.indicators ?? {}) as Record<string, number[]>;
  for (const [id, o] of got) {
    if (id in want && want[id]!.includes(o.value)) counts.tp!++;
    else {
      counts.fp!++;
      wrong.push(`${id}: got ${o.value}${id in want ? ` want ${want[id]!.join("|")}` : " (not stated)"}`);
    }
  }
  for (const id of Object.keys(want)) {
    if (!got.has(id)) {
      counts.fn!++;
      wrong.push(`${id}: missed, want ${want[id]!.join("|")}`);
    } else if (!want[id]!.includes(got.get(id)!.value)) counts.fn!++;
  }
  const sc = Array.isArray(c.shortcomings)
    ? { required: c.shortcomings, optional: [] }
    : (c.shortcomings ?? {});
  const required = sc.required ?? [];
  const optional = sc.optional ?? [];
  const cats = new Set(r.shortcomings.map((s) => s.category as string));
  for (const k of required) {
    if (cats.has(k)) counts.scTp!++;
    else {
      counts.scFn!++;
      wrong.push(`shortcoming missed: ${k}`);
    }
  }
  for (const k of cats) {
    if (!required.includes(k) && !optional.includes(k)) {
      counts.scFp!++;
      wrong.push(`shortcoming extra: ${k}`);
    }
  }
  if (Array.isArray(c.missing)) {
    counts.missOf!++;
    const a = [...r.missing].sort().join(",");
    const b = [...c.missing].sort().join(",");
    if (a === b) counts.missOk!++;
    else wrong.push(`missing: got [${a}] want [${b}]`);
  }
  return `${c.file}: ${wrong.length ? wrong.join("; ") : "all right"}`;
}

/** Runs the engine on every report of an answers file (paths relative to it) and scores it. */
export function scoreGold(goldPath: string): Score {
  const gold = JSON.parse(readFileSync(goldPath, "utf8")) as GoldCase[] | { cases: GoldCase[] };
  const cases = Array.isArray(gold) ? gold : gold.cases;
  const counts: Record<string, number> = {};
  for (const k of ["tp", "fp", "fn", "meta", "metaOf", "scTp", "scFp", "scFn"]) counts[k] = 0;
  for (const k of ["grounded", "evidenced", "missOk", "missOf"]) counts[k] = 0;
  const lines = cases.map((c) => {
    const path = resolve(dirname(goldPath), c.file);
    const raw = readFileSync(path, "utf8");
    return scoreCase(c, extractReport(raw, c.file), raw, counts);
  });
  const n = counts as Record<string, number> & { tp: number; fp: number; fn: number };
  return {
    reports: cases.length,
    indicatorF1: f1(n.tp, n.fp, n.fn),
    precision: share(n.tp, n.tp + n.fp),
    recall: share(n.tp, n.tp + n.fn),
    shortcomingsF1: f1(n.scTp!, n.scFp!, n.scFn!),
    metadata: share(n.meta!, n.metaOf!),
    grounded: share(n.grounded!, n.evidenced!),
    missingExact: share(n.missOk!, n.missOf!),
    lines,
  };
}
