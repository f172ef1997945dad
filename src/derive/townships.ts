// Townships are identified by a division code when known, else by county + name: many counties have a 城关镇, so the name alone is not
// a key once several counties share one data set (the sample reports come from five counties).
import type { ReportRecord } from "../domain";
import { zh } from "../text/zh";

export interface TownshipRef {
  /** Stable key, `county/township`; this is what the URL and the store keep. */
  key: string;
  name: string;
  county: string | null;
  /** What charts show: the name, or `name（county）` where two counties share the name. */
  label: string;
}

/** The file's own name, without the folders it was in. */
const fileBase = (file: string): string =>
  file.slice(Math.max(file.lastIndexOf("/"), file.lastIndexOf("\\")) + 1);

/**
 * A township's key: the roster township the workspace matched the report to, else its division
 * code (contract revision 2) when the engine found one, else `county/name`. Old `county/name`
 * links keep working: the URL reader maps them through `resolveTownshipKeys`. A report that never
 * names its township (CONTRACT §1: township null) cannot be grouped with any other, so it stands
 * alone, keyed by its file.
 */
export function townshipKey(r: Keyed): string {
  return r.rosterKey ?? r.division?.code ?? `${r.county ?? ""}/${r.township ?? `?${fileBase(r.file)}`}`;
}

/** What a report's township is called on screen: its name, or 乡镇不详（file） when the text gives none. */
export function townshipName(r: Pick<ReportRecord, "township" | "file">): string {
  return r.township ?? `乡镇不详（${fileBase(r.file)}）`;
}

const collator = new Intl.Collator("zh-CN");
export const compareZh = (a: string, b: string): number => collator.compare(a, b);

/**
 * Each label's place in pinyin order, equal labels sharing one: the distinct labels sorted once, so
 * sorting thousands of entries compares numbers, not strings (a collator comparison is slow).
 */
export function labelRanks(labels: Iterable<string>): Map<string, number> {
  const sorted = [...new Set(labels)].sort(compareZh);
  const rank = new Map<string, number>();
  sorted.forEach((l, i) => {
    const prev = sorted[i - 1];
    rank.set(l, prev !== undefined && compareZh(prev, l) === 0 ? (rank.get(prev) as number) : i);
  });
  return rank;
}

/** The townships that appear in any report, sorted by name (pinyin order), labels disambiguated. */
export function townshipsOf(reports: readonly ReportRecord[]): TownshipRef[] {
  const byKey = new Map<string, { name: string; county: string | null }>();
  for (const r of reports) byKey.set(townshipKey(r), { name: townshipName(r), county: r.county });
  const nameCount = new Map<string, number>();
  for (const t of byKey.values()) nameCount.set(t.name, (nameCount.get(t.name) ?? 0) + 1);
  return [...byKey.entries()]
    .map(([key, t]) => ({
      key,
      name: t.name,
      county: t.county,
      label: (nameCount.get(t.name) ?? 0) > 1 ? `${t.name}（${t.county ?? "县名不详"}）` : t.name,
    }))
    .sort((a, b) => compareZh(a.name, b.name) || compareZh(a.county ?? "", b.county ?? ""));
}

// --- The set of townships a view counts -------------------------------------------------------

/** The county's official list of townships (the workspace's roster), when the user chose one. */
export interface Roster {
  county: { code: string | null; name: string };
  entries: readonly { code: string | null; name: string }[];
}

/** A record as the key reads it: a division code (contract revision 2) or a roster key the workspace set. */
type Keyed = Pick<ReportRecord, "county" | "township" | "file"> & {
  division?: { code: string };
  /** Set by the workspace when a report is matched to a roster township. */
  rosterKey?: string;
};

/** The key of a roster township: its division code, else `county/name`. */
export function rosterEntryKey(roster: Roster, e: Roster["entries"][number]): string {
  return e.code ?? `${roster.county.name}/${e.name}`;
}

/**
 * The one definition of the townships a view counts: the roster's when there is one (townships
 * with no report included: they show as 未报送), followed by any township seen in a report that the
 * roster does not list (so no report disappears silently); without a roster, the townships seen.
 */
export function townshipSetOf(reports: readonly ReportRecord[], roster: Roster | null): TownshipRef[] {
  const seen = townshipsOf(reports);
  if (!roster) return seen;
  const listed: TownshipRef[] = roster.entries.map((e) => ({
    key: rosterEntryKey(roster, e),
    name: e.name,
    county: roster.county.name,
    label: e.name,
  }));
  const keys = new Set(listed.map((t) => t.key));
  return [...listed, ...seen.filter((t) => !keys.has(t.key))];
}

/**
 * Which roster township a report is about: by division code, else by name within the roster's
 * county (a report naming another county never matches by name), else by a name the user matched
 * by hand (`picked`: report township name → roster entry key). null = the user has to pick.
 */
export function matchRoster(
  r: Keyed,
  roster: Roster,
  picked: ReadonlyMap<string, string> = new Map(),
): string | null {
  const code = r.division?.code;
  if (code) {
    const e = roster.entries.find((x) => x.code === code);
    if (e) return rosterEntryKey(roster, e);
  }
  if (!r.township) return null;
  if (r.county === null || r.county === roster.county.name) {
    const e = roster.entries.find((x) => x.name === r.township);
    if (e) return rosterEntryKey(roster, e);
  }
  const hand = picked.get(r.township);
  return hand !== undefined && roster.entries.some((e) => rosterEntryKey(roster, e) === hand) ? hand : null;
}

/** Maps keys from older links (`county/name`) onto the keys of `townships`; unknown keys are kept. */
export function resolveTownshipKeys(keys: readonly string[], townships: readonly TownshipRef[]): string[] {
  const byName = new Map(townships.map((t) => [`${t.county ?? ""}/${t.name}`, t.key]));
  return keys.map((k) => byName.get(k) ?? k);
}

// --- Townships that sent nothing (未报送) ------------------------------------------------------

/** The one label for a township the view counts that sent no report for a year: 未报送. */
export const NO_REPORT_LABEL: string = zh.status.no_report;

/** A township × year with no report: a row of its own in the table and the deck (未报送). */
export interface NoReportRow {
  township: TownshipRef;
  year: number;
}

/**
 * Every township the view counts (`townshipSetOf`: the roster's when there is one, else the
 * townships seen) × every year in `years` that has no report — not even an unreadable one (that is
 * 报告无法读取, not 未报送). Alternatives (a second report kept beside the primary) count as the
 * report they stand beside. Rows in roster (or pinyin) order, then by year. Pure: the table
 * (src/table) and the deck (src/export) both read it.
 */
export function noReportRows(
  reports: readonly ReportRecord[],
  roster: Roster | null,
  years: readonly number[],
): NoReportRow[] {
  const sent = new Set<string>();
  for (const r of reports) if (r.year !== null) sent.add(`${townshipKey(r)}|${r.year}`);
  const out: NoReportRow[] = [];
  for (const township of townshipSetOf(reports, roster))
    for (const year of years) if (!sent.has(`${township.key}|${year}`)) out.push({ township, year });
  return out;
}
