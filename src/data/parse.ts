// The boundary check for data sets: whatever JSON arrives (the bundle, a file a person loads, a saved
// workspace) is checked field by field here, so the rest of the app can trust the types. The first
// problem found is reported with its path, e.g. `reports[3].indicators[0].evidence.end`.
import {
  INDICATOR_IDS,
  KEY_INDICATOR_IDS,
  SHORTCOMING_CATEGORIES,
  type Division,
  type Evidence,
  type Observation,
  type ReportRecord,
  type Shortcoming,
  type StoredReport,
} from "../domain";
import { screenReport } from "./names";
import { SCHEMA_VERSION, type DatasetResult, type RecordsResult } from "./types";

class Invalid extends Error {}

type Obj = Record<string, unknown>;

const APPROX = ["exact", "at_least", "about"] as const;
const BASIS = ["stated", "derived"] as const;
const DIVISION_BASIS = ["stated", "inferred"] as const;

/** Checks an unknown JSON value against the data set file format. */
export function parseDataset(json: unknown): DatasetResult {
  return parseFile(json, (r, path) => parseReport(r, path));
}

/**
 * The same check for a records file: records without their texts (the loader keeps texts apart).
 * Offsets and quotes are checked where the text is (at build for the bundled sets, at import for
 * the workspace); here only their shape.
 */
export function parseRecordsFile(json: unknown): RecordsResult {
  return parseFile(json, (r, path) => parseRecord(r, path));
}

function parseFile<R extends ReportRecord>(
  json: unknown,
  each: (r: unknown, path: string) => R,
):
  | { ok: true; data: { id: string; label: string; fictional: boolean; reports: R[]; rejected?: string[] } }
  | { ok: false; reason: string } {
  try {
    const root = object(json, "数据集");
    const version = root.schemaVersion;
    if (version === undefined) throw new Invalid("缺少 schemaVersion，不是本程序导出的数据集");
    if (typeof version !== "number" || !Number.isInteger(version)) throw new Invalid("schemaVersion 应为整数");
    if (version > SCHEMA_VERSION) {
      throw new Invalid(`数据集版本为 ${version}，本程序只支持到版本 ${SCHEMA_VERSION}，请更新程序`);
    }
    if (version < 1) throw new Invalid(`不认识的数据集版本 ${version}`);
    const id = nonEmptyString(root.dataset, "dataset");
    const label = root.label === undefined ? id : nonEmptyString(root.label, "label");
    const fictional = root.fictional === undefined ? false : boolean(root.fictional, "fictional");
    const list = array(root.reports, "reports");
    // A record whose names cannot be shown safely is left out on its own (names.ts); the rest loads.
    const screened = list.map((r, i) => screenReport(each(r, `reports[${i}]`), `reports[${i}]`));
    const reports = screened.flatMap((s) => (s.ok ? [s.report] : []));
    const rejected = screened.flatMap((s) => (s.ok ? [] : [s.reason]));
    const seen = new Set<string>();
    for (const r of reports) {
      if (seen.has(r.id)) throw new Invalid(`报告ID重复：${r.id}`);
      seen.add(r.id);
    }
    return { ok: true, data: { id, label, fictional, reports, ...(rejected.length ? { rejected } : {}) } };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, reason: `数据集格式错误：${e.message}` };
    throw e;
  }
}

/** Checks one stored report; offsets must fall inside its text and evidence must match its span. */
export function parseReport(value: unknown, path: string): StoredReport {
  const text = string(object(value, path).text, `${path}.text`);
  return { ...recordOf(value, path, text), text };
}

/** Checks one record without text (offsets are checked against the text where it is read). */
export function parseRecord(value: unknown, path: string): ReportRecord {
  return recordOf(value, path, null);
}

function recordOf(value: unknown, path: string, text: string | null): ReportRecord {
  const r = object(value, path);
  const error = r.error === undefined ? undefined : string(r.error, `${path}.error`);
  const year = r.year === null ? null : integer(r.year, `${path}.year`);
  if (year !== null && (year < 1949 || year > 2200)) throw new Invalid(`${path}.year 不是合理的年份：${year}`);
  const indicators = array(r.indicators, `${path}.indicators`).map((o, i) =>
    parseObservation(o, `${path}.indicators[${i}]`, text),
  );
  if (error !== undefined && indicators.length > 0) {
    throw new Invalid(`${path} 标记为读取失败（error），却带有指标`);
  }
  const report: ReportRecord = {
    id: nonEmptyString(r.id, `${path}.id`),
    file: string(r.file, `${path}.file`),
    // Revision 1 files wrote "" for a township the text never names; revision 2 writes null.
    township: r.township === null || r.township === "" ? null : string(r.township, `${path}.township`),
    county: r.county === null ? null : string(r.county, `${path}.county`),
    year,
    indicators,
    shortcomings: array(r.shortcomings, `${path}.shortcomings`).map((s, i) =>
      parseShortcoming(s, `${path}.shortcomings[${i}]`, text),
    ),
    missing: array(r.missing, `${path}.missing`).map((m, i) => oneOf(m, KEY_INDICATOR_IDS, `${path}.missing[${i}]`)),
  };
  if (r.division !== undefined) report.division = parseDivision(r.division, `${path}.division`);
  if (error !== undefined) report.error = error;
  return report;
}

function parseDivision(value: unknown, path: string): Division {
  const d = object(value, path);
  const code = string(d.code, `${path}.code`);
  const countyCode = string(d.countyCode, `${path}.countyCode`);
  if (!/^\d{9}$/.test(code)) throw new Invalid(`${path}.code 应为9位数字的乡级区划代码`);
  if (!/^\d{6}$/.test(countyCode)) throw new Invalid(`${path}.countyCode 应为6位数字的县级区划代码`);
  if (!code.startsWith(countyCode)) throw new Invalid(`${path}.code ${code} 不在县级代码 ${countyCode} 之下`);
  return {
    code,
    township: nonEmptyString(d.township, `${path}.township`),
    county: nonEmptyString(d.county, `${path}.county`),
    countyCode,
    city: nonEmptyString(d.city, `${path}.city`),
    province: nonEmptyString(d.province, `${path}.province`),
    basis: oneOf(d.basis, DIVISION_BASIS, `${path}.basis`),
  };
}

function parseObservation(value: unknown, path: string, text: string | null): Observation {
  const o = object(value, path);
  const value_ = o.value;
  if (typeof value_ !== "number" || !Number.isFinite(value_)) throw new Invalid(`${path}.value 应为数字`);
  const obs: Observation = {
    id: oneOf(o.id, INDICATOR_IDS, `${path}.id`),
    value: value_,
    unit: string(o.unit, `${path}.unit`),
    approx: oneOf(o.approx, APPROX, `${path}.approx`),
    basis: oneOf(o.basis, BASIS, `${path}.basis`),
    rule: nonEmptyString(o.rule, `${path}.rule`),
    evidence: parseEvidence(o.evidence, `${path}.evidence`, text),
  };
  if (o.sources !== undefined) {
    obs.sources = array(o.sources, `${path}.sources`).map((s, i) => parseEvidence(s, `${path}.sources[${i}]`, text));
  }
  if (o.derivation !== undefined) obs.derivation = string(o.derivation, `${path}.derivation`);
  return obs;
}

function parseEvidence(value: unknown, path: string, text: string | null): Evidence {
  const e = object(value, path);
  const [start, end] = span(e.start, e.end, path, text);
  const quoted = string(e.text, `${path}.text`);
  if (text !== null && text.slice(start, end) !== quoted) throw new Invalid(`${path} 的原文与正文第 ${start}–${end} 字不符`);
  return { start, end, text: quoted };
}

function parseShortcoming(value: unknown, path: string, text: string | null): Shortcoming {
  const s = object(value, path);
  const [start, end] = span(s.start, s.end, path, text);
  return {
    category: oneOf(s.category, SHORTCOMING_CATEGORIES, `${path}.category`),
    text: string(s.text, `${path}.text`),
    start,
    end,
  };
}

function span(start: unknown, end: unknown, path: string, text: string | null): [number, number] {
  const s = integer(start, `${path}.start`);
  const e = integer(end, `${path}.end`);
  if (s < 0 || e < s || (text !== null && e > text.length)) {
    throw new Invalid(`${path} 的偏移 ${s}–${e} 超出正文范围（正文共 ${text?.length ?? 0} 字）`);
  }
  return [s, e];
}

function object(v: unknown, path: string): Obj {
  if (typeof v !== "object" || v === null || Array.isArray(v)) throw new Invalid(`${path} 应为对象`);
  return v as Obj;
}

function array(v: unknown, path: string): unknown[] {
  if (!Array.isArray(v)) throw new Invalid(`${path} 应为数组`);
  return v;
}

function string(v: unknown, path: string): string {
  if (typeof v !== "string") throw new Invalid(`${path} 应为字符串`);
  return v;
}

function nonEmptyString(v: unknown, path: string): string {
  const s = string(v, path);
  if (s.trim() === "") throw new Invalid(`${path} 不能为空`);
  return s;
}

function boolean(v: unknown, path: string): boolean {
  if (typeof v !== "boolean") throw new Invalid(`${path} 应为 true 或 false`);
  return v;
}

function integer(v: unknown, path: string): number {
  if (typeof v !== "number" || !Number.isInteger(v)) throw new Invalid(`${path} 应为整数`);
  return v;
}

function oneOf<T extends string>(v: unknown, allowed: readonly T[], path: string): T {
  if (typeof v !== "string" || !(allowed as readonly string[]).includes(v)) {
    throw new Invalid(`${path} 的取值 ${JSON.stringify(v)} 不在允许范围内`);
  }
  return v as T;
}
