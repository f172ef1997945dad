// Which township a report is about, read where reports name it, in order of trust: the title, a
// header line, the publisher field of a saved page (发布机构, 来源), the first sentence of the body
// ("2025年，某某镇在县委…", "现将某某镇2025年…报告如下"), the signature, and last the name the body
// uses most for its own organs (某某镇党委, 某某镇人民政府). Captures are cleaned (glued words,
// "中共…", "人民政府某某街道") and, with the division list, checked against it.
import type { DivisionLookup } from "../../domain";
import {
  HAN,
  LEADING_WORDS,
  firstLines,
  TOWNSHIP_SUFFIX,
  isShortStreet,
  isTownshipShape,
  pickCounty,
  splitAdminChain,
} from "./names";
import { listedTail, unitsFor } from "./places";

export interface TownshipFinding {
  township: string;
  /** The county-level unit written in the same name ("滑县万古镇", "兖州区新驿镇"), if any. */
  county: string | null;
}

// What follows a township's name in a title or an organisation's name.
const TOWNSHIP_NEXT =
  "(?:人民政府|政府|党委|党工委|委员会|办事处|人大|关于|\\d{4}|[二〇一三四五六七八九零]{4}年|法治政府|年度)";
const YEAR = "(?:20\\d{2}|[二][〇零][一二三四五六七八九〇零]{2})";
// A title may open with 关于, 报送 or the year ("2023年青山镇法治政府建设情况报告").
const TITLE_TOWNSHIP = new RegExp(
  `^[（(【]?(?:中共|中国共产党|关于)?(?:报送|印发|上报)?(?:${YEAR}\\s*年度?)?(${HAN}{2,16}?${TOWNSHIP_SUFFIX})(?=${TOWNSHIP_NEXT})`,
  "gm",
);
const TITLE_LINE = new RegExp(TITLE_TOWNSHIP.source);
const HEADER_LINE_TOWNSHIP = new RegExp(
  `^[（(【]?(${HAN}{2,16}?${TOWNSHIP_SUFFIX})(?:人民政府|办事处|党委)?[）)】]?\\s*$`,
);
// Publisher fields of saved pages: "发布机构:王河乡", "| 发布机构 | 兖州区新驿镇 |", "来源:荔湖街".
const PUBLISHER =
  /(?:发布机构|发文机关|发布单位|发文单位|来源单位|信息来源|来源)\s*[:：|]\s*([\u4e00-\u9fff]{2,20})/;
// The opening sentence names the township as its subject, after the year and "在…领导下".
const SUBJECT_NEXT =
  "(?:在|坚持|始终|深入|认真|紧紧|紧扣|紧密|紧盯|紧抓|以|按照|全面|立足|围绕|法治|坚定|聚焦|持续|扎实|牢牢|进一步|积极|高度|严格|党委|党工委|人民政府|政府|办事处|着力|不断|把|将|结合|锚定|深化|践行|贯彻|落实|统筹|组织|开展|召开|制定|修订|强化|加强|健全|完善|推动|注重|切实|大力|全力|共|先后)";
const OPENING_SUBJECT = new RegExp(
  `(?:${YEAR}\\s*年度?(?:以来|全年)?|今年以来|一年来|本年度)[，,]\\s*(?:在[^。\\n]{0,80}?下[，,]\\s*)?(${HAN}{2,12}?${TOWNSHIP_SUFFIX})(?=${SUBJECT_NEXT})`,
);
const REPORT_AS_FOLLOWS = new RegExp(
  `现将(?:我)?(${HAN}{2,12}?${TOWNSHIP_SUFFIX})(?=${YEAR}|年度|全年|本年|法治|有关|相关|一年)`,
);
const SIGNATURE = new RegExp(`^(${HAN}{2,16}?${TOWNSHIP_SUFFIX})(?:人民政府|办事处|党委|党工委)?\\s*$`);
// Body fallbacks start where a run of Han characters starts, so "成立以镇党委" yields nothing.
const BODY_TOWNSHIP = new RegExp(
  `(?<!${HAN})(${HAN}{2,8}?${TOWNSHIP_SUFFIX})(?=人民政府|党委|党工委|委员会)`,
  "g",
);
// Organ names glued in front of a name: "人民政府某某街道" is 某某街道.
const GLUED_ORGAN = /^.*(?:人民政府|政府|党委|党工委|委员会|办事处|人大|司法所)(?=[\u4e00-\u9fff]{2})/;

const TRAILING_ORGAN = /(?:人民政府|政府|党委|党工委|办事处|委员会|人大)+$/;

type Trust = "title" | "field" | "opening" | "body";

/** A capture made into a name: words and organs in front dropped, a chain split, the list consulted. */
function clean(raw: string, trust: Trust, list: DivisionLookup | undefined): TownshipFinding | null {
  // "某某镇人民政府" in a publisher field, "某某街道办事处": the organ is not the name.
  let name = raw.replace(LEADING_WORDS, "").replace(TRAILING_ORGAN, "");
  const glued = GLUED_ORGAN.exec(name);
  if (glued && new RegExp(`${TOWNSHIP_SUFFIX}$`).test(name.slice(glued[0].length))) {
    name = name.slice(glued[0].length);
  }
  const { units, township } = splitAdminChain(name);
  const county = pickCounty(units);
  if (list) {
    if (unitsFor(township, list).length > 0) return { township, county };
    // A unit newer than the list (银杏大街街道, not 大街街道) keeps its whole name where a name must
    // stand; a capture with words glued in front is cut to the listed name it ends with.
    if (trust !== "body" && isTownshipShape(township)) return { township, county };
    const tail = listedTail(township, list);
    return tail ? { township: tail, county } : null;
  } else if (trust === "body" && isShortStreet(township)) {
    return null;
  }
  return isTownshipShape(township) ? { township, county } : null;
}

function firstMatch(
  re: RegExp,
  lines: readonly string[],
  trust: Trust,
  list: DivisionLookup | undefined,
): TownshipFinding | null {
  for (const line of lines) {
    const m = re.exec(line);
    const found = m?.[1] ? clean(m[1], trust, list) : null;
    if (found) return found;
  }
  return null;
}

function titleTownship(header: string, list: DivisionLookup | undefined): TownshipFinding | null {
  TITLE_TOWNSHIP.lastIndex = 0;
  for (let m = TITLE_TOWNSHIP.exec(header); m; m = TITLE_TOWNSHIP.exec(header)) {
    const found = clean(m[1] as string, "title", list);
    if (found) return found;
  }
  return firstMatch(HEADER_LINE_TOWNSHIP, firstLines(header, 3), "title", list);
}

/** Chrome lines of a saved page that carry the title: "名称：某某镇2023年法治政府建设情况报告". */
const chromeTitles = (chrome: readonly string[]) => chrome.map((l) => l.replace(/^[^:：]*[:：]\s*/, ""));

function bodyTownship(text: string, list: DivisionLookup | undefined): TownshipFinding | null {
  // The most frequent "X镇人民政府 / X镇党委" in the body.
  const counts = new Map<string, { n: number; found: TownshipFinding }>();
  BODY_TOWNSHIP.lastIndex = 0;
  for (let b = BODY_TOWNSHIP.exec(text); b; b = BODY_TOWNSHIP.exec(text)) {
    const found = clean(b[1] as string, "body", list);
    if (!found) continue;
    const entry = counts.get(found.township) ?? { n: 0, found };
    entry.n++;
    counts.set(found.township, entry);
  }
  return [...counts.values()].sort((x, y) => y.n - x.n)[0]?.found ?? null;
}

/** The township the report is about, or null when the text never names one. */
export function findTownship(
  header: string,
  chrome: readonly string[],
  text: string,
  list?: DivisionLookup,
): TownshipFinding | null {
  // Most titles name the township: the other places are cut out only when asked.
  const title = titleTownship(header, list) ?? firstMatch(TITLE_LINE, chromeTitles(chrome), "title", list);
  if (title) return title;
  const headLines = firstLines(header, 30);
  const opening = text.slice(0, 1500);
  return (
    firstMatch(PUBLISHER, [...chrome, ...headLines], "field", list) ??
    firstMatch(OPENING_SUBJECT, [opening], "opening", list) ??
    firstMatch(REPORT_AS_FOLLOWS, [opening], "opening", list) ??
    firstMatch(
      SIGNATURE,
      text
        .slice(-300)
        .split("\n")
        .map((l) => l.trim()),
      "field",
      list,
    ) ??
    bodyTownship(text, list)
  );
}
