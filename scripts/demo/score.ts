// How much of the generator's truth the extractor recovers: the demo's own accuracy report. Same
// counting as ../shared/tools/score-extraction.mjs (first observation of an id counts).
import type { ReportRecord } from "../../src/domain";
import type { TruthCase } from "./compose";

export interface Recovery {
  /** Truth values the extractor found with the right value. */
  recovered: number;
  /** Truth values in all. */
  total: number;
  /** Extracted values that are wrong or not in the truth. */
  wrong: number;
  /** Reports whose township, county and year are all right. */
  metaRight: number;
  reports: number;
  /** Recurring-shortcoming categories found / expected. */
  shortcomingsFound: number;
  shortcomingsExpected: number;
  /** One line per miss, for --verbose output. */
  misses: string[];
}

export function scoreRecovery(cases: readonly TruthCase[], records: readonly ReportRecord[]): Recovery {
  const byFile = new Map(records.map((r) => [r.file.replace(/^.*[\\/]/, ""), r]));
  const out: Recovery = {
    recovered: 0,
    total: 0,
    wrong: 0,
    metaRight: 0,
    reports: cases.length,
    shortcomingsFound: 0,
    shortcomingsExpected: 0,
    misses: [],
  };
  for (const c of cases) {
    const name = c.file.replace(/^.*[\\/]/, "");
    const r = byFile.get(name);
    const got = new Map<string, number>();
    for (const o of r?.indicators ?? []) if (!got.has(o.id)) got.set(o.id, o.value);
    if (r && r.township === c.township && r.county === c.county && r.year === c.year) out.metaRight++;
    else
      out.misses.push(
        `${name} metadata: want ${c.township}/${c.county}/${c.year}, got ${r?.township}/${r?.county}/${r?.year}`,
      );
    for (const [id, values] of Object.entries(c.indicators)) {
      out.total++;
      const v = got.get(id);
      if (v !== undefined && values?.includes(v)) out.recovered++;
      else out.misses.push(`${name} ${id}: want ${values?.join("|")}, got ${v ?? "nothing"}`);
    }
    for (const [id, v] of got) {
      if (!c.indicators[id as keyof TruthCase["indicators"]]?.includes(v)) out.wrong++;
    }
    const cats = new Set(r?.shortcomings.map((s) => s.category));
    for (const k of c.shortcomings.required) {
      out.shortcomingsExpected++;
      if (cats.has(k)) out.shortcomingsFound++;
      else out.misses.push(`${name} shortcoming missed: ${k}`);
    }
  }
  return out;
}

export function describeRecovery(s: Recovery): string {
  const p = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : "n/a");
  return (
    `recovered ${s.recovered}/${s.total} figures (${p(s.recovered, s.total)}), ${s.wrong} wrong or extra; ` +
    `metadata right in ${s.metaRight}/${s.reports} reports; ` +
    `shortcoming categories ${s.shortcomingsFound}/${s.shortcomingsExpected} (${p(s.shortcomingsFound, s.shortcomingsExpected)})`
  );
}
