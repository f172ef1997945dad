// A person's corrections (校对) applied on top of the engine's records. Pure: imported reports and
// corrections in, reviewed records out. The engine's record is never changed, so re-extracting with
// a newer engine keeps every correction: figure corrections hang on the import key + indicator id,
// shortcoming corrections on the item's text (not its position), meta corrections on the field.
// A correction whose evidence text is no longer in the report's text is flagged `stale`, not dropped.
import {
  INDICATOR_IDS,
  KEY_INDICATOR_IDS,
  type Evidence,
  type FigureReview,
  type IndicatorId,
  type KeyIndicatorId,
  type Observation,
  type ReportRecord,
  type Shortcoming,
} from "../domain";
import type {
  Correction,
  FigureCorrection,
  ImportedReport,
  ImportKey,
  MetaCorrection,
  ShortcomingCorrection,
} from "../workspace/types";

/** Who changed a report's township, county or year, and what the engine had read. */
export interface MetaReview {
  by: string;
  at: string;
  engineValue: string | number | null;
}

export interface ReviewedRecord extends ReportRecord {
  /** The import key the corrections hang on. */
  importKey: ImportKey;
  /** Figures a person looked at (confirmed, corrected, rejected, added) of all figures. */
  reviewed: { done: number; total: number };
  /** A second report of one township and year, kept beside the primary one (not charted). */
  alternative?: true;
  /** Figures a person rejected: out of `indicators` (so no view draws them), kept for review. */
  rejected?: Observation[];
  /** township / county / year a person set. */
  metaReview?: Partial<Record<MetaCorrection["field"], MetaReview>>;
  /** Ids of corrections that could not attach to anything in the report (flagged, never dropped). */
  unattached?: string[];
}

/** A stable id from what the report says, as the engine builds it: year-county-township. */
export function recordId(
  year: number | null,
  county: string | null,
  township: string | null,
  file: string,
): string {
  const parts = [year === null ? "" : String(year), county ?? "", township ?? ""].filter(Boolean);
  if (!township) parts.push(file.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, ""));
  return parts.join("-");
}

const indicatorOrder = new Map<IndicatorId, number>(INDICATOR_IDS.map((id, i) => [id, i]));

/**
 * What a correction is about within its report — one figure, one field, one shortcoming item — so
 * two corrections of the same thing can be told apart from corrections of different things (two
 * tabs correcting the same figure: the second must have seen the first).
 */
export function correctionTarget(c: Correction): string {
  if (c.kind === "figure") return `figure|${c.indicator}`;
  if (c.kind === "meta") return `meta|${c.field}`;
  return `shortcoming|${normalise(c.item.text)}`;
}

/** The id of the latest correction of the same report and target as `c` among `list`, or null. */
export function latestOfTarget(
  list: readonly Correction[],
  c: Pick<Correction, "key"> & Correction,
): string | null {
  const target = correctionTarget(c);
  const same = list.filter((x) => x.key === c.key && correctionTarget(x) === target);
  return latestLast(same).at(-1)?.id ?? null;
}

/** Latest first wins: corrections sorted by time, array order breaking ties. */
function latestLast(corrections: readonly Correction[]): Correction[] {
  return corrections
    .map((c, i) => [c, i] as const)
    .sort(([a, i], [b, j]) => (a.at < b.at ? -1 : a.at > b.at ? 1 : i - j))
    .map(([c]) => c);
}

/**
 * Where an evidence span is in the text now: the same offsets if the text there is unchanged, else
 * the first place the text occurs, else null (the text is gone: the correction is stale).
 */
export function locateEvidence(text: string, e: Evidence): Evidence | null {
  if (e.text === "") return null;
  if (text.slice(e.start, e.end) === e.text) return e;
  const at = text.indexOf(e.text);
  return at < 0 ? null : { start: at, end: at + e.text.length, text: e.text };
}

function stamp(c: Correction) {
  return { by: c.by, at: c.at };
}

/** The evidence a figure correction stands on, and whether it is still in the text. */
function evidenceOf(c: FigureCorrection, engine: Observation | undefined, text: string) {
  const claimed = c.evidence ?? engine?.evidence;
  if (!claimed) return { evidence: { start: 0, end: 0, text: "" }, stale: false };
  const found = locateEvidence(text, claimed);
  return found ? { evidence: found, stale: false } : { evidence: claimed, stale: true };
}

function manualObservation(c: FigureCorrection, evidence: Evidence, engine?: Observation): Observation {
  return {
    id: c.indicator,
    value: c.value ?? engine?.value ?? 0,
    unit: c.unit ?? engine?.unit ?? "",
    approx: c.approx ?? engine?.approx ?? "exact",
    basis: "stated",
    rule: "manual",
    evidence,
  };
}

/** One figure after the person's latest correction of it (or the engine's, untouched). */
function reviewFigure(
  c: FigureCorrection,
  engine: Observation | undefined,
  text: string,
): { obs: Observation; rejected: boolean } {
  const { evidence, stale } = evidenceOf(c, engine, text);
  const review: FigureReview = { state: "confirmed", ...stamp(c) };
  if (stale) review.stale = true;
  const differs = (v: number | undefined) => engine !== undefined && v !== undefined && v !== engine.value;
  switch (c.action) {
    case "reject": {
      const base = engine ?? manualObservation(c, evidence);
      return { obs: { ...base, review: { ...review, state: "rejected" } }, rejected: true };
    }
    case "confirm": {
      // Confirmed before a re-extraction that changed the value: the person's value stands.
      if (engine && !differs(c.value)) return { obs: { ...engine, review }, rejected: false };
      const obs = manualObservation(c, evidence, engine);
      if (engine) review.engineValue = engine.value;
      return { obs: { ...obs, review }, rejected: false };
    }
    case "set":
    case "add": {
      const state = c.action === "set" ? "corrected" : "added";
      const base = engine && !c.evidence ? { ...engine, evidence } : manualObservation(c, evidence, engine);
      const obs: Observation = {
        ...base,
        value: c.value ?? base.value,
        unit: c.unit ?? base.unit,
        approx: c.approx ?? base.approx,
      };
      // A corrected value is the person's reading: no longer derived by the engine's rule.
      if (engine && obs.value !== engine.value) {
        obs.basis = "stated";
        obs.rule = "manual";
        delete obs.sources;
        delete obs.derivation;
      }
      return {
        obs: { ...obs, review: { ...review, state, ...(engine ? { engineValue: engine.value } : {}) } },
        rejected: false,
      };
    }
  }
}

const normalise = (s: string): string => s.replace(/\s+/g, "");

/** The item a shortcoming correction means: same text; else same span with overlapping text. */
function findItem(items: readonly Shortcoming[], c: ShortcomingCorrection): number {
  const want = normalise(c.item.text);
  const byText = items.findIndex((s) => normalise(s.text) === want);
  if (byText >= 0) return byText;
  return items.findIndex((s) => s.start === c.item.start && s.end === c.item.end);
}

function applyShortcomings(
  engine: readonly Shortcoming[],
  corrections: readonly ShortcomingCorrection[],
  text: string,
  unattached: string[],
): Shortcoming[] {
  const items: Shortcoming[] = engine.map((s) => ({ ...s }));
  for (const c of corrections) {
    const at = findItem(items, c);
    const where = locateEvidence(text, { start: c.item.start, end: c.item.end, text: c.item.text });
    const stale = where === null ? { stale: true as const } : {};
    if (c.action === "remove") {
      if (at >= 0) items.splice(at, 1);
      continue;
    }
    const category = c.category ?? "other";
    const current = items[at];
    if (current) {
      const engineCategory = current.review?.engineCategory ?? current.category;
      const state = current.review?.state === "added" ? "added" : "corrected";
      items[at] = { ...current, category, review: { state, ...stamp(c), engineCategory, ...stale } };
    } else if (c.action === "add" || where !== null) {
      // An added item, or a category set on an item the engine no longer lists but whose text is
      // still in the report: the person's reading stands.
      const span = where ?? { start: c.item.start, end: c.item.end, text: c.item.text };
      items.push({
        category,
        text: c.item.text,
        start: span.start,
        end: span.end,
        review: { state: c.action === "add" ? "added" : "corrected", ...stamp(c), ...stale },
      });
    } else {
      unattached.push(c.id);
    }
  }
  return items.sort((a, b) => a.start - b.start);
}

type MetaField = MetaCorrection["field"];
/** The fields a meta correction may set: checked, since a hand-edited workspace file can say anything. */
const META_FIELDS: ReadonlySet<string> = new Set<MetaField>(["township", "county", "year"]);
const isMetaField = (f: unknown): f is MetaField => typeof f === "string" && META_FIELDS.has(f);

/** township / county / year after the person's latest correction of each (fields checked, no keyed writes). */
function applyMeta(record: ReportRecord, corrections: readonly MetaCorrection[]) {
  const out = { township: record.township as string | null, county: record.county, year: record.year };
  const seen = new Map<MetaField, MetaReview>();
  const text = (v: MetaCorrection["value"]) => (typeof v === "string" && v.trim() ? v.trim() : null);
  for (const c of corrections) {
    switch (c.field) {
      case "year":
        out.year = typeof c.value === "number" ? c.value : null;
        break;
      case "township":
        out.township = text(c.value);
        break;
      case "county":
        out.county = text(c.value);
        break;
    }
    seen.set(c.field, { ...stamp(c), engineValue: record[c.field] });
  }
  const review: Partial<Record<MetaField, MetaReview>> = {};
  for (const field of ["township", "county", "year"] as const) {
    const r = seen.get(field);
    if (r) review[field] = r;
  }
  return { meta: out, review };
}

/** One imported report with its own corrections (already filtered to its key) applied. */
export function reviewReport(imported: ImportedReport, corrections: readonly Correction[]): ReviewedRecord {
  const { record, text } = imported;
  const ordered = latestLast(corrections);
  const figures = new Map<IndicatorId, FigureCorrection>();
  const metas: MetaCorrection[] = [];
  const items: ShortcomingCorrection[] = [];
  /** Corrections naming a field no report has (a hand-edited file): flagged, never applied. */
  const strays: Correction[] = [];
  for (const c of ordered) {
    if (c.kind === "figure") {
      if (indicatorOrder.has(c.indicator)) figures.set(c.indicator, c);
      else strays.push(c);
    } else if (c.kind === "meta") (isMetaField(c.field) ? metas : strays).push(c);
    else items.push(c);
  }

  const indicators: Observation[] = [];
  const rejected: Observation[] = [];
  const engineById = new Map(record.indicators.map((o) => [o.id, o]));
  const ids = [...new Set([...record.indicators.map((o) => o.id), ...figures.keys()])];
  for (const id of ids) {
    const engine = engineById.get(id);
    const c = figures.get(id);
    if (!c) {
      if (engine) indicators.push(engine);
      continue;
    }
    const r = reviewFigure(c, engine, text);
    (r.rejected ? rejected : indicators).push(r.obs);
  }
  // Catalogue order, as the engine lists them.
  const order = (o: Observation) => indicatorOrder.get(o.id) ?? 0;
  indicators.sort((a, b) => order(a) - order(b));

  const unattached: string[] = strays.map((c) => c.id);
  const shortcomings = items.length
    ? applyShortcomings(record.shortcomings, items, text, unattached)
    : record.shortcomings;
  const stated = new Set(indicators.map((o) => o.id));
  const missing: KeyIndicatorId[] = record.error
    ? [...record.missing]
    : KEY_INDICATOR_IDS.filter((id) => !stated.has(id));

  const out: ReviewedRecord = {
    ...record,
    indicators,
    shortcomings,
    missing,
    importKey: imported.key,
    reviewed: {
      done: indicators.filter((o) => o.review).length + rejected.length,
      total: indicators.length + rejected.length,
    },
  };
  if (metas.length) {
    const { meta, review } = applyMeta(record, metas);
    out.township = meta.township as string;
    out.county = meta.county;
    out.year = meta.year;
    out.id = recordId(meta.year, meta.county, meta.township, record.file);
    out.metaReview = review;
  }
  if (rejected.length) out.rejected = rejected;
  if (unattached.length) out.unattached = unattached;
  if (imported.primary === false) out.alternative = true;
  return out;
}

/** Every imported report with the corrections made to it (by import key). */
export function applyCorrections(
  reports: readonly ImportedReport[],
  corrections: readonly Correction[],
): ReviewedRecord[] {
  const byKey = new Map<ImportKey, Correction[]>();
  for (const c of corrections) {
    const list = byKey.get(c.key);
    if (list) list.push(c);
    else byKey.set(c.key, [c]);
  }
  return reports.map((r) => reviewReport(r, byKey.get(r.key) ?? []));
}

/** Review progress over many records: 已核对 done/total figures. */
export function reviewTotals(records: readonly Pick<ReviewedRecord, "reviewed">[]) {
  let done = 0;
  let total = 0;
  for (const r of records) {
    done += r.reviewed.done;
    total += r.reviewed.total;
  }
  return { done, total };
}
