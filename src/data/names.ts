// Names at the data boundary (issue 10). A township or county name from a file is shown in chart
// labels, legends, the table, exports and link hashes, so before anything else sees it:
// - control, format and bidi characters are removed (a right-to-left override would spoof a label;
//   lone surrogates would make an XML export malformed);
// - it is cut to 40 characters (a 3,000-character name squeezes every chart off the screen);
// - a name or id equal to a built-in object key (__proto__, constructor, …) is refused for that record
//   alone: libraries that keep plain objects as caches (zrender's text-measure cache) would write onto
//   the object's prototype, and the page would go blank.
import type { ReportRecord } from "../domain";

export const MAX_NAME_LENGTH = 40;

/** Cc, Cf (includes the bidi embeddings, overrides and isolates U+202A–202E, U+2066–2069), lone surrogates. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\u202A-\u202E\u2066-\u2069]/gu;

const BUILT_IN_KEYS: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/** True for every key an ordinary object already has (Object.prototype's own keys, __proto__ among them). */
export function isBuiltInKey(name: string): boolean {
  return BUILT_IN_KEYS.has(name);
}

/** The name without invisible characters, trimmed, at most 40 characters (code points, never split). */
export function cleanName(raw: string): string {
  const chars = [...raw.replace(INVISIBLE, "").trim()];
  return chars.length <= MAX_NAME_LENGTH ? chars.join("") : chars.slice(0, MAX_NAME_LENGTH - 1).join("") + "…";
}

export type ScreenedReport<R> = { ok: true; report: R } | { ok: false; reason: string };

/**
 * A parsed report with its names cleaned, or why the record is left out. `path` names the record in
 * the message (reports[3]). An empty name stays empty (a file that could not be read has none).
 */
export function screenReport<R extends ReportRecord>(report: R, path: string): ScreenedReport<R> {
  const reject = (what: string, name: string, why: string): ScreenedReport<R> => ({
    ok: false,
    reason: `${path}（${report.file || report.id}）的${what}“${cleanName(name)}”${why}，已跳过这条记录`,
  });
  if (isBuiltInKey(report.id)) return reject("报告ID", report.id, "是程序内部保留的名称");
  const names: [string, "township" | "county"][] = [
    ["乡镇名称", "township"],
    ["县名称", "county"],
  ];
  const out: R = { ...report };
  for (const [what, field] of names) {
    const raw = report[field];
    if (raw === null) continue;
    const name = cleanName(raw);
    if (raw !== "" && name === "") return reject(what, raw, "只含不可见字符");
    if (isBuiltInKey(name)) return reject(what, name, "是程序内部保留的名称");
    out[field] = name;
  }
  return { ok: true, report: out };
}
