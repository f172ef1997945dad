// The one scoring module every gate uses (samples, real excerpts, holdout). It mirrors
// ../shared/tools/score-extraction.mjs (the tests never import the shared tool): metadata exact
// match, indicator true/false positives and misses (the first observation of an id counts; a value
// is right when the answer lists it), shortcoming categories (required must appear, anything
// neither required nor optional is extra), the missing list exactly, and evidence found in the
// source (whitespace and width ignored). A set with nothing to find and nothing found scores 1.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { IndicatorId, StoredReport } from "../../src/domain";
import { extractReport } from "../../src/extract";
import { readDivisions } from "../../src/geo/node";

export interface GoldCase {
  /** The report's path relative to the answers file; `cases/<case>.txt` when absent. */
  file?: string;
  case?: string;
  township?: string | null;
  county?: string | null;
  year?: number | null;
  indicators?: Partial<Record<IndicatorId, number[]>>;
  shortcomings?: string[] | { required?: string[]; optional?: string[] };
  missing?: string[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Score {
  reports: number;
  indicatorF1: number;
  precision: number;
  recall: number;
  /** Per indicator id, as the shared tool's table prints it. */
  perIndicator: Record<string, Counts>;
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
/** Nothing to find and nothing found is perfect, not zero. */
export const f1 = (tp: number, fp: number, fn: number): number =>
  tp + fp + fn === 0 ? 1 : tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
const share = (a: number, b: number): number => (b ? a / b : 1);

export function caseFile(c: GoldCase): string {
  return c.file ?? `cases/${c.case}.txt`;
}

interface Tally {
  per: Record<string, Counts>;
  meta: number;
  metaOf: number;
  scTp: number;
  scFp: number;
  scFn: number;
  grounded: number;
  evidenced: number;
  missOk: number;
  missOf: number;
}

function bump(t: Tally, id: string, k: keyof Counts): void {
  (t.per[id] ??= { tp: 0, fp: 0, fn: 0 })[k] += 1;
}

/** Scores one report against its answer into `t`; returns the shared tool's line for it. */
function scoreCase(c: GoldCase, r: Partial<StoredReport>, source: string, t: Tally): string {
  const wrong: string[] = [];
  for (const k of ["township", "county", "year"] as const) {
    if (!(k in c)) continue;
    t.metaOf++;
    if ((r[k] ?? null) === (c[k] ?? null)) t.meta++;
    else wrong.push(`${k}: got ${JSON.stringify(r[k] ?? null)} want ${JSON.stringify(c[k] ?? null)}`);
  }
  const got = new Map<string, { value: number }>();
  const src = squash(source);
  for (const o of r.indicators ?? []) {
    if (!got.has(o.id)) got.set(o.id, o);
    if (o.evidence?.text) {
      t.evidenced++;
      if (src.includes(squash(o.evidence.text))) t.grounded++;
    }
  }
  const want = (c.indicators ?? {}) as Record<string, number[]>;
  for (const [id, o] of got) {
    if (id in want && want[id]!.includes(o.value)) bump(t, id, "tp");
    else {
      bump(t, id, "fp");
      wrong.push(`${id}: got ${o.value}${id in want ? ` want ${want[id]!.join("|")}` : " (not stated)"}`);
    }
  }
  for (const id of Object.keys(want)) {
    if (!got.has(id)) {
      bump(t, id, "fn");
      wrong.push(`${id}: missed, want ${want[id]!.join("|")}`);
    } else if (!want[id]!.includes(got.get(id)!.value)) bump(t, id, "fn");
  }
  const sc = Array.isArray(c.shortcomings) ? { required: c.shortcomings } : (c.shortcomings ?? {});
  const required = sc.required ?? [];
  const optional = "optional" in sc ? (sc.optional ?? []) : [];
  const cats = new Set((r.shortcomings ?? []).map((s) => s.category as string));
  for (const k of required) {
    if (cats.has(k)) t.scTp++;
    else {
      t.scFn++;
      wrong.push(`shortcoming missed: ${k}`);
    }
  }
  for (const k of cats) {
    if (!required.includes(k) && !optional.includes(k)) {
      t.scFp++;
      wrong.push(`shortcoming extra: ${k}`);
    }
  }
  if (Array.isArray(c.missing)) {
    t.missOf++;
    const a = [...(r.missing ?? [])].sort().join(",");
    const b = [...c.missing].sort().join(",");
    if (a === b) t.missOk++;
    else wrong.push(`missing: got [${a}] want [${b}]`);
  }
  return `${caseFile(c)}: ${wrong.length ? wrong.join("; ") : "all right"}`;
}

/** Scores records against answers; `sources[i]` is the raw text of case i. */
export function scoreReports(
  cases: readonly GoldCase[],
  reports: readonly Partial<StoredReport>[],
  sources: readonly string[],
): Score {
  const t: Tally = {
    per: {},
    meta: 0,
    metaOf: 0,
    scTp: 0,
    scFp: 0,
    scFn: 0,
    grounded: 0,
    evidenced: 0,
    missOk: 0,
    missOf: 0,
  };
  const lines = cases.map((c, i) => scoreCase(c, reports[i] ?? {}, sources[i] ?? "", t));
  const sum = Object.values(t.per).reduce((s, v) => ({ tp: s.tp + v.tp, fp: s.fp + v.fp, fn: s.fn + v.fn }), {
    tp: 0,
    fp: 0,
    fn: 0,
  });
  return {
    reports: cases.length,
    indicatorF1: f1(sum.tp, sum.fp, sum.fn),
    precision: share(sum.tp, sum.tp + sum.fp),
    recall: share(sum.tp, sum.tp + sum.fn),
    perIndicator: t.per,
    shortcomingsF1: f1(t.scTp, t.scFp, t.scFn),
    metadata: share(t.meta, t.metaOf),
    grounded: share(t.grounded, t.evidenced),
    missingExact: share(t.missOk, t.missOf),
    lines,
  };
}

export function readGold(goldPath: string): GoldCase[] {
  const gold = JSON.parse(readFileSync(goldPath, "utf8")) as GoldCase[] | { cases: GoldCase[] };
  return Array.isArray(gold) ? gold : gold.cases;
}

/**
 * Runs the engine on every report of an answers file, as the CLI does, and scores it. Report paths are relative to
 * `reportDir`, by default the answers file's folder (as the shared tool reads them).
 */
export function scoreGold(goldPath: string, reportDir = dirname(goldPath)): Score {
  const cases = readGold(goldPath);
  const sources = cases.map((c) => readFileSync(resolve(reportDir, caseFile(c)), "utf8"));
  // With the national division list, as the CLI extracts (what the contract's scorer runs).
  const divisions = readDivisions();
  const reports = cases.map((c, i) => extractReport(sources[i]!, caseFile(c), { divisions }));
  return scoreReports(cases, reports, sources);
}

/** The lines of the reports that are not all right, for a failing gate's message. */
export function failures(score: Score): string {
  return score.lines.filter((l) => !l.endsWith("all right")).join("\n");
}
