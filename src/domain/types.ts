// The data contract (../shared/CONTRACT.md) as types. Every layer speaks these; nothing else
// invents its own shape for a report, a figure or a shortcoming.

export const INDICATOR_IDS = [
  "legal_advisor_coverage_pct",
  "villages_total",
  "disputes_handled",
  "disputes_resolved",
  "dispute_resolution_pct",
  "publicity_events",
  "publicity_materials",
  "publicity_audience",
  "legal_consultations",
  "legal_aid_cases",
  "law_literate_persons",
  "law_training_sessions",
  "enforcement_staff",
  "petitions",
  "admin_litigation_cases",
] as const;
export type IndicatorId = (typeof INDICATOR_IDS)[number];

/** The ★ indicators of CONTRACT.md §2: a report that does not state one lists it in `missing`. */
export const KEY_INDICATOR_IDS = [
  "legal_advisor_coverage_pct",
  "disputes_handled",
  "dispute_resolution_pct",
  "publicity_events",
] as const satisfies readonly IndicatorId[];
export type KeyIndicatorId = (typeof KEY_INDICATOR_IDS)[number];

export const SHORTCOMING_CATEGORIES = [
  "publicity_form",
  "cadre_study",
  "admin_capacity",
  "workforce",
  "legal_advisor_role",
  "normative_docs",
  "legal_service_platform",
  "grassroots_knowledge",
  "department_responsibility",
  "other",
] as const;
export type ShortcomingCategory = (typeof SHORTCOMING_CATEGORIES)[number];

/** 余/多/以上/超过 → at_least; 约/近/左右 → about. */
export type Approx = "exact" | "at_least" | "about";
/** stated: the text says the number. derived: computed (a sum of parts, a rate, 全覆盖 → 100). */
export type Basis = "stated" | "derived";

/** A span of the normalised report text: UTF-16 offsets, and the text between them. */
export interface Evidence {
  start: number;
  end: number;
  text: string;
}

export interface Observation {
  id: IndicatorId;
  value: number;
  unit: string;
  approx: Approx;
  basis: Basis;
  /** The id of the rule that produced it, e.g. "disputes.mediated-count". */
  rule: string;
  evidence: Evidence;
  /** For a derived value: the spans it was derived from (parts of a sum, the two counts of a rate). */
  sources?: Evidence[];
  /** For a derived value: how, in words a bureau reader understands, e.g. "30起中成功30起 → 100%". */
  derivation?: string;
  /** App only (never in contract outputs): what a person did to this figure in 校对. */
  review?: FigureReview;
}

/** What a person did to a figure or a shortcoming item in 校对 (app only, see derive/corrections). */
export type ReviewState = "confirmed" | "corrected" | "rejected" | "added";

export interface FigureReview {
  state: ReviewState;
  /** The reviewer's name, and the ISO time of the correction. */
  by: string;
  at: string;
  /** The engine's value when the person's differs (corrected, or confirmed before a re-extraction). */
  engineValue?: number;
  /** The correction's evidence text is no longer in the report's text (flagged, never dropped). */
  stale?: boolean;
}

export interface Shortcoming {
  category: ShortcomingCategory;
  text: string;
  start: number;
  end: number;
  /** App only (never in contract outputs): a person's category change or added item. */
  review?: {
    state: ReviewState;
    by: string;
    at: string;
    engineCategory?: ShortcomingCategory;
    stale?: boolean;
  };
}

/**
 * stated: the text names the township and a county, city or province containing it, and exactly one
 * unit matches. inferred: the text names only the township and exactly one unit in the country has it.
 */
export type DivisionBasis = "stated" | "inferred";

/** The official unit a report is about (CONTRACT.md §1a). */
export interface Division {
  /** The township's 9-digit code. */
  code: string;
  township: string;
  county: string;
  /** The county-level unit's 6-digit code. */
  countyCode: string;
  /** The prefecture; the province-level name where the list has a placeholder (重庆市). */
  city: string;
  province: string;
  basis: DivisionBasis;
}

export interface ReportRecord {
  /** Stable id, e.g. "2023-城口县-咸宜镇" (year-county-township). */
  id: string;
  /** Source file name as given. */
  file: string;
  /** The township as written, with its suffix; null when the text never names one. */
  township: string | null;
  county: string | null;
  year: number | null;
  indicators: Observation[];
  shortcomings: Shortcoming[];
  /** Ids of the key indicators the report does not state. */
  missing: KeyIndicatorId[];
  /** Where the township is in the national division list (CONTRACT.md §1a); absent when ambiguous. */
  division?: Division;
  /** Set when the file could not be read or decoded; such a record has no indicators. */
  error?: string;
}

/** A record as the app keeps it: the contract record plus the normalised text its offsets point into. */
export interface StoredReport extends ReportRecord {
  text: string;
}
