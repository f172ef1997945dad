// Report metadata: township (as written, with its suffix), county-level unit and the year the
// report is about. Titles and addressee lines are read first; the body is only a fallback.
import { parseChineseNumber } from "../normalize";

export interface ReportMeta {
  township: string | null;
  county: string | null;
  year: number | null;
}

const HAN = "[\\u4e00-\\u9fff]";
// Township suffixes, longest first: 太平岭满族乡, 某某民族乡, 某某镇, 某某街道(办事处).
const TOWNSHIP_SUFFIX = `(?:${HAN}{1,3}族乡|街道|镇|乡|苏木)`;
// What follows a township's name in a title or an organisation's name.
const TOWNSHIP_NEXT =
  "(?:人民政府|政府|党委|党工委|委员会|办事处|人大|关于|\\d{4}|[二〇一三四五六七八九零]{4}年|法治政府|年度)";
// A title may open with 关于, 报送 or the year ("2023年青山镇法治政府建设情况报告").
const TITLE_TOWNSHIP = new RegExp(
  `^[（(【]?(?:中共|中国共产党|关于)?(?:报送|印发|上报)?(?:(?:20\\d{2}|[二〇][〇零一二三四五六七八九]{3})年度?)?(${HAN}{2,16}?${TOWNSHIP_SUFFIX})(?=${TOWNSHIP_NEXT})`,
  "gm",
);
const HEADER_LINE_TOWNSHIP = new RegExp(`^[（(【]?(${HAN}{2,16}?${TOWNSHIP_SUFFIX})[）)】]?\\s*$`);
// Body fallbacks start where a run of Han characters starts, so "成立以镇党委" yields nothing.
const BODY_TOWNSHIP = new RegExp(`(?<!${HAN})(${HAN}{2,6}?${TOWNSHIP_SUFFIX})(?=人民政府|党委|委员会)`, "g");
const LEADING_WORDS = /^(?:中共|关于|在|按照|根据|对照|坚持|落实|贯彻|向|经|由|报|请|与|和|及)+/;
const HAN_CHAR = new RegExp(HAN);
const BARE_SUFFIX = /^(?:街道(?:办事处)?|镇|乡|苏木|民族乡|族乡)$/;

// A leading administrative unit: 重庆市, 万州区, 城口县, 某某自治县, 某某旗.
const ADMIN_PREFIX = new RegExp(
  `^(?:中共|中国共产党|关于)?(${HAN}{1,7}?(?:自治县|自治州|自治区|特别行政区|自治旗|联合旗|省|市|县|区|旗|盟|州))(?![市县区旗])`,
);
// Addressee: "中共庄河市委员会：", "中共蒙城县委、蒙城县人民政府:", "XX区司法局：".
const ADDRESSEE = new RegExp(
  `^(?:中共|中国共产党)?(${HAN}{2,12}?(?:自治县|县|区|市|旗))(?:委员会|委|人民政府|政府|司法局|依法治|全面依法|人大)`,
);
const BODY_COUNTY = new RegExp(
  `(?<!${HAN})(${HAN}{2,12}?(?:自治县|县|区|市|旗))(?=委|人民政府|司法局|全面依法治|依法治)`,
  "g",
);

// A county-level name: 2–4 characters and 县/区 (城口县, 万州区), up to 5 with 市 (香格里拉市), a long
// 自治县 or banner (石柱土家族自治县, 阿鲁科尔沁旗); 沛县, 萧县 have one character before the suffix.
const COUNTY_NAME = new RegExp(
  `^(?:${HAN}{1,3}(?:县|区)|${HAN}{1,4}市|${HAN}{1,7}旗|${HAN}{2,10}自治县|${HAN}{2,8}(?:自治|联合)旗)$`,
);
// Words of a sentence, never of a place name: "根据县委…", "紧紧围绕县委…", "办事处在区委…",
// "区委依法治区办", "我乡在县委…", "全面依法治县". 全 and 本 only as scope words (全椒县 and
// 本溪 are names).
const NOT_A_NAME = new RegExp(
  [
    "[在委我各该的了对]",
    "依法|依规|根据|围绕|按照|关于|坚持|落实|贯彻|紧紧|认真|深入|推进|领导|部署|要求|工作|建设",
    "办事处|政府|党工|党组|人大|街道|社区|司法",
    "全(?:面|力|体|年|镇|乡|县|区|市|省|旗)|本(?:镇|乡|县|区|市|级|年)",
    "^(?:中共|省|市|县|区|旗|辖区|城区|园区|景区|片区|山区|库区|郊区|矿区|新区|老区|省市|市县|区县|县市|县区|上级|各级)",
  ].join("|"),
);
// A one-character name (沛县, 萧县) only when nothing but a name could stand there.
const NOT_ONE_CHAR = /^[全本我该各此每一二两三县区市省乡镇城郊矿新老上下本其原]/;

/** Whether `name` looks like the name of a county-level unit. */
export function isCountyName(name: string): boolean {
  if (!COUNTY_NAME.test(name) || NOT_A_NAME.test(name)) return false;
  return name.length > 2 || !NOT_ONE_CHAR.test(name);
}

/** Splits "重庆市万州区新乡镇" into its administrative units and the township. */
export function splitAdminChain(name: string): { units: string[]; township: string } {
  const units: string[] = [];
  let rest = name.replace(/^(?:中共|中国共产党|关于)/, "");
  for (let guard = 0; guard < 4; guard++) {
    const m = ADMIN_PREFIX.exec(rest);
    if (!m) break;
    const remainder = rest.slice(m[0].length);
    // Keep at least one character before the township suffix (城区街道, 新市镇 stay whole);
    // 枫林瑶族乡 after 示例县 is a whole name, not a bare suffix.
    if (!new RegExp(`^${HAN}+${TOWNSHIP_SUFFIX}$`).test(remainder) || BARE_SUFFIX.test(remainder)) break;
    units.push(m[1] as string);
    rest = remainder;
  }
  return { units, township: rest };
}

/** The county-level unit of an administrative chain (安徽省庐江县 → 庐江县), or null. */
export function countyOf(chain: string): string | null {
  const units: string[] = [];
  let rest = chain.replace(LEADING_WORDS, "");
  for (let guard = 0; guard < 4 && rest; guard++) {
    const m = ADMIN_PREFIX.exec(rest);
    if (!m) break;
    units.push(m[1] as string);
    rest = rest.slice(m[0].length);
  }
  if (rest) return null;
  return pickCounty(units);
}

function pickCounty(units: string[]): string | null {
  // The last county-level unit: in 六安市金安区 the 市 is the prefecture.
  for (let i = units.length - 1; i >= 0; i--) {
    const u = units[i] as string;
    if (isCountyName(u)) return u;
  }
  return null;
}

/**
 * The county written right before the township ("（庐江县城关镇人民政府）", a signature
 * "云阳县红岩镇人民政府"): the Han run before a mention of the township, read as a chain.
 */
function countyBeforeTownship(text: string, township: string): string | null {
  if (!township) return null;
  let seen = 0;
  for (let at = text.indexOf(township); at >= 0 && seen < 40; at = text.indexOf(township, at + 1)) {
    seen++;
    if (at === 0) continue;
    let i = at;
    while (i > 0 && at - i < 16 && HAN_CHAR.test(text[i - 1] as string)) i--;
    if (i > 0 && HAN_CHAR.test(text[i - 1] as string)) continue; // a run too long for a chain
    const county = countyOf(text.slice(i, at));
    if (county) return county;
  }
  return null;
}

function findTownship(
  header: string,
  chrome: string[],
  text: string,
): { township: string; county: string | null } {
  TITLE_TOWNSHIP.lastIndex = 0;
  const m = TITLE_TOWNSHIP.exec(header);
  let name = m?.[1];
  if (!name) {
    const lines = header.split("\n").slice(0, 3);
    for (const line of lines) {
      const h = HEADER_LINE_TOWNSHIP.exec(line);
      if (h) {
        name = h[1];
        break;
      }
    }
  }
  if (!name) {
    for (const line of chrome) {
      TITLE_TOWNSHIP.lastIndex = 0;
      const c = TITLE_TOWNSHIP.exec(line.replace(/^[^:：]*[:：]\s*/, ""));
      if (c?.[1]) {
        name = c[1];
        break;
      }
    }
  }
  if (!name) {
    // The most frequent "X镇人民政府 / X镇党委" in the body.
    const counts = new Map<string, number>();
    BODY_TOWNSHIP.lastIndex = 0;
    let b: RegExpExecArray | null;
    while ((b = BODY_TOWNSHIP.exec(text)) !== null) {
      const key = (b[1] as string).replace(LEADING_WORDS, "");
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    name = [...counts.entries()].sort((x, y) => y[1] - x[1])[0]?.[0];
  }
  if (!name) return { township: "", county: null };
  const { units, township } = splitAdminChain(name);
  return { township, county: pickCounty(units) };
}

function findCounty(header: string, text: string, township: string): string | null {
  const before = countyBeforeTownship(text, township);
  if (before) return before;
  for (const line of header.split("\n")) {
    const a = ADDRESSEE.exec(line.trim());
    const county = a ? countyOf(a[1] as string) : null;
    if (county) return county;
  }
  const counts = new Map<string, number>();
  BODY_COUNTY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BODY_COUNTY.exec(text)) !== null) {
    const name = countyOf(m[1] as string);
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts.entries()].sort((x, y) => y[1] - x[1])[0]?.[0] ?? null;
}

const YEAR = /(20\d{2}|[二][〇零][一二三四五六七八九〇零]{2})\s*年/;

function yearOf(s: string): number | null {
  const m = YEAR.exec(s);
  if (!m) return null;
  const y = /\d/.test(m[1] as string) ? Number(m[1]) : parseChineseNumber(m[1] as string);
  return y !== null && y >= 2000 && y <= 2099 ? y : null;
}

function findYear(header: string, chrome: string[], text: string): number | null {
  // The title: a line naming a report or summary. Its first year is the year reported on
  // ("2023年工作总结和2024年工作计划" → 2023).
  const titleish = /报告|总结|情况|述法/;
  for (const line of [...header.split("\n").slice(0, 8), ...chrome.filter((l) => /^(?:名称|标题)/.test(l))]) {
    if (titleish.test(line)) {
      const y = yearOf(line);
      if (y !== null) return y;
    }
  }
  // The opening: "2023年以来，" / "2023年，".
  const opening = /(20\d{2})年(?:度)?(?:以来|，|,|全年|是)/.exec(text.slice(0, 1500));
  if (opening) return Number(opening[1]);
  // The most frequent year outside book titles.
  const counts = new Map<number, number>();
  for (const m of text.matchAll(/(20\d{2})年/g))
    counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? null;
}

/** Reads township, county and year from a normalised report (and its removed chrome lines). */
export function parseReportMeta(text: string, chrome: string[] = [], fileName = ""): ReportMeta {
  const header = text.slice(0, 800);
  let { township, county } = findTownship(header, chrome, text);
  county ??= findCounty(header, text, township);
  let year = findYear(header, chrome, text);
  // Last resort, only when the text never says: the file name ("咸宜镇2023年报告.docx").
  const base = fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "");
  if (!township && base) {
    const fromName = findTownship(`${base}人民政府`, [], "");
    township = fromName.township;
    county ??= fromName.county;
  }
  if (year === null) {
    const y = /(?<!\d)(20\d{2})(?!\d)/.exec(base);
    if (y) year = Number(y[1]);
  }
  return { township: township || null, county, year };
}
