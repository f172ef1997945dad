// Shapes of place names in reports: township and county-level suffixes, administrative chains
// ("重庆市万州区新乡镇"), and what is never a name. Used with or without the division list.

export const HAN = "[\\u4e00-\\u9fff]";
/** Whether the UTF-16 unit at `at` is a Han character (HAN's range), without a RegExp call. */
export const isHanAt = (text: string, at: number): boolean => {
  const c = text.charCodeAt(at);
  return c >= 0x4e00 && c <= 0x9fff;
};

/** `text.split("\n").slice(0, max)`, without splitting the rest of the text. */
export function firstLines(text: string, max: number): string[] {
  const lines: string[] = [];
  for (let from = 0; lines.length < max;) {
    const nl = text.indexOf("\n", from);
    lines.push(nl < 0 ? text.slice(from) : text.slice(from, nl));
    if (nl < 0) break;
    from = nl + 1;
  }
  return lines;
}
// Township suffixes, longest first: 太平岭满族乡, 某某民族乡, 某某镇, 某某街道(办事处), 鹤龙街.
export const TOWNSHIP_SUFFIX = `(?:${HAN}{1,3}族乡|街道|镇|乡|苏木|街)`;
const STRICT_SUFFIX = /(?:族乡|街道|镇|乡|苏木)$/;
export const LEADING_WORDS =
  /^(?:中共|中国共产党|关于|在|按照|根据|对照|坚持|落实|贯彻|向|经|由|报|请|与|和|及)+/;
export const BARE_SUFFIX = /^(?:街道(?:办事处)?|镇|乡|苏木|民族乡|族乡|街)$/;

// A leading administrative unit: 重庆市, 万州区, 城口县, 某某自治县, 某某旗.
const ADMIN_PREFIX = new RegExp(
  `^(?:中共|中国共产党|关于)?(${HAN}{1,7}?(?:自治县|自治州|自治区|特别行政区|自治旗|联合旗|省|市|县|区|旗|盟|州))(?![市县区旗])`,
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
    "[在委我各该的了对由]",
    "依法|依规|根据|围绕|按照|关于|坚持|落实|贯彻|紧紧|认真|深入|推进|领导|部署|要求|工作|建设|成立|明确|调整",
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

// The body of a township name: no function words of a sentence ("成立由镇…", "调整成立了由乡",
// "明确由镇…", "全镇", "我乡"), no organ names glued in front ("人民政府某某街道").
const NOT_A_TOWNSHIP = new RegExp(
  [
    "[的了我该把被各每]",
    "成立|明确|调整|负责|人民|政府|党委|党工委|委员会|办事处|领导|工作|建设|关于|报告|法治|开展|组织|推进|落实|实施|全[镇乡]|本[镇乡]",
    "^(?:乡|镇|街|村|社区|县|区|市|省)",
  ].join("|"),
);

/** Whether `name` (with its suffix) has the shape of a township's name. */
export function isTownshipShape(name: string): boolean {
  const m = /^([\u4e00-\u9fff]+?)(?:族乡|街道|镇|乡|苏木|街)$/.exec(name);
  if (!m) return false;
  const stem = m[1] as string;
  if (stem.length < 1 || stem.length > 8 || NOT_A_TOWNSHIP.test(stem)) return false;
  // A one-character stem only with a full suffix (东乡? 某镇 is too often "全镇", "该镇").
  if (stem.length === 1) return false;
  return true;
}

/** "鹤龙街" is a 街道 written short; only trusted where the place makes it a name. */
export const isShortStreet = (name: string): boolean => name.endsWith("街") && !STRICT_SUFFIX.test(name);

const SUFFIXED_NAME = new RegExp(`^${HAN}+${TOWNSHIP_SUFFIX}$`);

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
    if (!SUFFIXED_NAME.test(remainder) || BARE_SUFFIX.test(remainder)) break;
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

/** The last county-level unit: in 六安市金安区 the 市 is the prefecture. */
export function pickCounty(units: string[]): string | null {
  for (let i = units.length - 1; i >= 0; i--) {
    const u = units[i] as string;
    if (isCountyName(u)) return u;
  }
  return null;
}

/** "中共渠县县委": the party committee of 渠县 is its 县委, so 渠县县 is 渠县. */
export function undoubleSuffix(name: string): string {
  return /(?:县县|区区|市市|旗旗)$/.test(name) ? name.slice(0, -1) : name;
}
