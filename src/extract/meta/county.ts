// The county-level unit, from every place reports put it: the name written before the township
// ("滑县万古镇", "广州市增城区荔湖街"), the addressee ("中共渠县县委、渠县人民政府：" is 渠县), a
// document title (《清城区2022年法治政府建设工作要点》), the leadership formula ("在文峰区委、区政府
// 的正确领导下"), and last the unit the body names most with its organs. A prefecture (昆明市,
// 济宁市) is not the county: with the division list, a 市 must be a county-level city.
import type { DivisionLookup } from "../../domain";
import { HAN, LEADING_WORDS, countyOf, isHanAt, undoubleSuffix } from "./names";
import { countyUnits } from "./places";

const UNIT = `${HAN}{1,12}?(?:自治县|县|区|市|旗)`;
// Addressee: "中共庄河市委员会：", "中共蒙城县委、蒙城县人民政府:", "XX区司法局：".
const ADDRESSEE = new RegExp(
  `^(?:中共|中国共产党)?(${HAN}{1,12}?(?:自治县|县|区|市|旗))(?:委员会|委|人民政府|政府|司法局|依法治|全面依法|人大)`,
);
// A document of the county: 《清城区2022年…》, 《五华区法治政府建设实施方案》, 《禄丰市2022年度…》.
const DOCUMENT_TITLE = new RegExp(
  `《(${UNIT})(?=20\\d{2}|[二〇]|年度|法治|全面依法|依法治|关于|党政|基层|行政|“)`,
  "g",
);
// "在文峰区委、区政府…领导下", "在县委…", "紧扣渠县2025年度…": the unit with its party committee.
// Sticky: tried at chosen positions (leadershipMatches).
export const LEADERSHIP = new RegExp(
  `(${UNIT})(?:县委|区委|市委|旗委|委)(?:[、，,和及]|全面依法|依法治)`,
  "y",
);
// A match's 委 comes at most 12 + 3 + 1 characters after its start (UNIT, then 县委 or 委).
const LEADERSHIP_REACH = 16;
const BODY_COUNTY = new RegExp(
  `(?<!${HAN})(${HAN}{2,12}?(?:自治县|县|区|市|旗))(?=委|人民政府|司法局|全面依法治|依法治)`,
  "g",
);

/**
 * A captured chain made into a county name, checked against the list where there is one: the
 * longest tail that is a county-level unit ("在文峰区" → 文峰区, "广州市增城区" → 增城区). A name the
 * list lacks (newer, or fictional) stands only where a county must be named (`strong`), and never
 * when it is a prefecture or province.
 */
function asCounty(raw: string, list: DivisionLookup | undefined, strong = true): string | null {
  const chain = undoubleSuffix(raw.replace(LEADING_WORDS, ""));
  const shaped = countyOf(chain);
  if (!list) return shaped;
  for (let i = 0; i < chain.length - 1; i++) {
    const tail = chain.slice(i);
    if (countyUnits(tail, list).length > 0) return tail;
  }
  return strong && shaped && list.regionsNamed(shaped).length === 0 ? shaped : null;
}

/**
 * The county written right before the township ("（庐江县城关镇人民政府）", a signature
 * "云阳县红岩镇人民政府"): the Han run before a mention of the township, read as a chain.
 */
function countyBeforeTownship(
  text: string,
  township: string,
  list: DivisionLookup | undefined,
): string | null {
  let seen = 0;
  for (let at = text.indexOf(township); at >= 0 && seen < 40; at = text.indexOf(township, at + 1)) {
    seen++;
    if (at === 0) continue;
    let i = at;
    while (i > 0 && at - i < 16 && isHanAt(text, i - 1)) i--;
    if (i > 0 && isHanAt(text, i - 1)) continue; // a run too long for a chain
    const run = text.slice(i, at);
    const county = countyOf(run.replace(LEADING_WORDS, "")) ? asCounty(run, list) : null;
    if (county) return county;
  }
  return null;
}

function firstOf(re: RegExp, text: string, list: DivisionLookup | undefined): string | null {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const county = asCounty(m[1] as string, list);
    if (county) return county;
  }
  return null;
}

/**
 * The matches of LEADERSHIP, in order, as a global search finds them, but tried only where one can
 * start: within LEADERSHIP_REACH before a 委. Tried by the engine at every position of the text,
 * the pattern cost a fifth of a report's extraction when the text has no such formula.
 */
export function* leadershipMatches(text: string): Generator<RegExpExecArray> {
  let from = 0; // every start before this has been tried or passed over
  for (let wei = text.indexOf("委"); wei >= 0; wei = text.indexOf("委", wei + 1)) {
    for (let at = Math.max(from, wei - LEADERSHIP_REACH); at <= wei; at = from) {
      LEADERSHIP.lastIndex = at;
      const m = LEADERSHIP.exec(text);
      from = at + (m ? m[0].length : 1); // after a match, the global search resumes at its end
      if (m) yield m;
    }
  }
}

function firstLeadership(text: string, list: DivisionLookup | undefined): string | null {
  for (const m of leadershipMatches(text)) {
    const county = asCounty(m[1] as string, list);
    if (county) return county;
  }
  return null;
}

function mostNamed(text: string, list: DivisionLookup | undefined): string | null {
  const counts = new Map<string, number>();
  BODY_COUNTY.lastIndex = 0;
  for (let m = BODY_COUNTY.exec(text); m; m = BODY_COUNTY.exec(text)) {
    const name = asCounty(m[1] as string, list, false);
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts.entries()].sort((x, y) => y[1] - x[1])[0]?.[0] ?? null;
}

export function findCounty(
  header: string,
  text: string,
  township: string | null,
  list?: DivisionLookup,
  chrome: readonly string[] = [],
): string | null {
  // Before the township in the text, else in a saved page's fields ("发布机构：郑州市中原区林山寨街道").
  const before = township
    ? (countyBeforeTownship(text, township, list) ?? countyBeforeTownship(chrome.join("\n"), township, list))
    : null;
  if (before) return before;
  for (const line of header.split("\n")) {
    const a = ADDRESSEE.exec(line.trim());
    const county = a ? asCounty(a[1] as string, list) : null;
    if (county) return county;
  }
  return firstOf(DOCUMENT_TITLE, text, list) ?? firstLeadership(text, list) ?? mostNamed(text, list);
}
