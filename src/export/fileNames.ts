// File names that say what a download holds, so a folder of exports stays readable without
// opening each file: `{县}_{指标}_{年份}_{尺寸}_{导出日期}.png`, `{县}_{年份}_法治简报.pptx`,
// `{县}_数据表_{导出日期}[_虚构示例数据].xlsx`. Pure; the export date is passed in so tests are
// deterministic. Each image size has its own name, so a second download never replaces the first.

/** Characters Windows, macOS or a file share refuse in a name, plus control characters. */
// eslint-disable-next-line no-control-regex
const ILLEGAL = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;
/** Names Windows reserves whatever the extension (CON.png cannot be saved). */
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;
/** Keep each part short enough that the whole name stays well under common path limits. */
const MAX_PART = 60;

/** One part of a file name: illegal characters become "_", whitespace collapses, no trailing dots. */
export function sanitizeFileNamePart(part: string): string {
  let s = part
    .replace(ILLEGAL, "_")
    .replace(/\s+/g, " ")
    .trim()
    // Windows drops trailing dots and spaces silently, which would change the name.
    .replace(/[. ]+$/, "");
  if ([...s].length > MAX_PART) s = [...s].slice(0, MAX_PART).join("");
  if (s === "" || /^_+$/.test(s)) return "未命名";
  return RESERVED.test(s) ? `_${s}` : s;
}

/** The export date as YYYY-MM-DD in the user's local time (what a bureau reader calls "today"). */
export function exportDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A year or a span of years as it appears in names and subtitles: 2023, 2022-2024. */
export function yearsLabel(years: readonly number[]): string {
  if (years.length === 0) return "全部年份";
  const lo = Math.min(...years);
  const hi = Math.max(...years);
  return lo === hi ? String(lo) : `${lo}-${hi}`;
}

function join(parts: readonly string[], ext: string): string {
  return `${parts.map(sanitizeFileNamePart).join("_")}.${ext}`;
}

/** Which rendering of a chart a file holds: the 16:9 slide, the on-screen layout ×2/×3, or vector. */
export type ImageVariant = "slide" | "screen2x" | "screen3x" | "vector";

const VARIANT_LABEL: Record<ImageVariant, string> = {
  slide: "幻灯片1920x1080",
  screen2x: "屏幕2x",
  screen3x: "屏幕3x",
  vector: "矢量",
};

export function chartFileName(
  county: string,
  indicator: string,
  years: string,
  date: string,
  ext: "png" | "svg",
  variant: ImageVariant = ext === "svg" ? "vector" : "slide",
): string {
  return join([county, indicator, years, VARIANT_LABEL[variant], date], ext);
}

export function deckFileName(county: string, year: number, fictional = false): string {
  return join([county, String(year), "法治简报", ...(fictional ? [FICTIONAL] : [])], "pptx");
}

/** The fictional demo county's files say so in their name too, not only inside. */
const FICTIONAL = "虚构示例数据";

export function tableFileName(
  county: string,
  date: string,
  ext: "xlsx" | "csv",
  fictional = false,
  what = "数据表",
): string {
  return join([county, what, date, ...(fictional ? [FICTIONAL] : [])], ext);
}
