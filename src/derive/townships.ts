// Townships are identified by county + name: many counties have a 城关镇, so the name alone is not
// a key once several counties share one data set (the sample reports come from five counties).
import type { ReportRecord } from "../domain";

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
 * Key of the township a report is about. A report that never names its township (CONTRACT §1:
 * township null) cannot be grouped with any other, so it stands alone, keyed by its file.
 */
export function townshipKey(r: Pick<ReportRecord, "county" | "township" | "file">): string {
  return `${r.county ?? ""}/${r.township ?? `?${fileBase(r.file)}`}`;
}

/** What a report's township is called on screen: its name, or 乡镇不详（file） when the text gives none. */
export function townshipName(r: Pick<ReportRecord, "township" | "file">): string {
  return r.township ?? `乡镇不详（${fileBase(r.file)}）`;
}

const collator = new Intl.Collator("zh-CN");
export const compareZh = (a: string, b: string): number => collator.compare(a, b);

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
