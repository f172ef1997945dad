// The year a report is about: the title's year, else the opening ("2023年以来，", "2023年，",
// "现将2023年…报告如下"), else the year the text names most. Never the end of a plan period or a
// policy's span ("《…纲要（2023—2027年）》", "2021—2025年"), never next year's plan ("2026年工作
// 计划"), never a file number (〔2025〕26号, which has no 年 anyway). A heading with another year
// ("一、2024年法治政府建设基本情况" in a 2025 report) does not override the title.
import { parseChineseNumber } from "../normalize";

const DIGITS = "20\\d{2}";
const HAN_YEAR = "[二][〇零][一二三四五六七八九〇零]{2}";
const RANGE = "[—–\\-－~～至到]";
// A year with 年, not inside a span: neither "2021—" before nor "—2025年" after.
const YEAR = new RegExp(
  `(?<!${RANGE}\\s*)(?<![\\d〇零一二三四五六七八九])(${DIGITS}|${HAN_YEAR})(?!\\s*${RANGE})\\s*年`,
  "g",
);
// The plan for the coming year, a later target or a date of writing: not the year reported on.
const NOT_REPORTED = /^\s*(?:度)?(?:工作)?(?:计划|打算|思路|安排|目标|展望)|^\s*\d{1,2}\s*月\s*\d{1,2}\s*日/;

function value(s: string): number | null {
  const y = /\d/.test(s) ? Number(s) : parseChineseNumber(s);
  return y !== null && y >= 2000 && y <= 2099 ? y : null;
}

/** The years a passage names as years reported on, in order. */
function yearsIn(s: string): number[] {
  const out: number[] = [];
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(s); m; m = YEAR.exec(s)) {
    if (NOT_REPORTED.test(s.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue;
    const y = value(m[1] as string);
    if (y !== null) out.push(y);
  }
  return out;
}

/** Book and document titles (《…》) speak of their own years. */
const withoutBookTitles = (s: string): string => s.replace(/《[^《》\n]{0,80}》/g, "《》");

// "2023年以来，", "2023年，", "2023年全年": the first sentence's year.
const OPENING = new RegExp(`(?<!${RANGE}\\s*)(?<!\\d)(${DIGITS})\\s*年(?:度)?(?:以来|[，,]|全年|是)`);

const TITLEISH = /报告|总结|情况|述法/;
const NUMBERED_HEADING = /^[一二三四五六七八九十]+、|^[（(][一二三四五六七八九十]+[）)]/;
const TITLE_FIELD = /^(?:名称|标题)/;

/** The first year a title line names as reported on; undefined for a line that is not a title. */
function titleYear(line: string): number | undefined {
  if (!TITLEISH.test(line) || NUMBERED_HEADING.test(line.trim())) return undefined;
  return yearsIn(withoutBookTitles(line))[0];
}

export function findYear(header: string, chrome: readonly string[], text: string): number | null {
  // The title: one of the first 8 lines, or a title field of the page's chrome, naming a report or
  // summary. Its first year is the year reported on ("2023年工作总结和2024年工作计划" → 2023).
  // Lines are cut from the header one at a time: most titles are its first or second line.
  for (let from = 0, n = 0; n < 8; n++) {
    const nl = header.indexOf("\n", from);
    const y = titleYear(nl < 0 ? header.slice(from) : header.slice(from, nl));
    if (y !== undefined) return y;
    if (nl < 0) break;
    from = nl + 1;
  }
  for (const line of chrome) {
    const y = TITLE_FIELD.test(line) ? titleYear(line) : undefined;
    if (y !== undefined) return y;
  }
  const body = withoutBookTitles(text.slice(0, 1500));
  const opening = OPENING.exec(body);
  if (opening) return Number(opening[1]);
  const asFollows = /现将[^。\n]{0,20}?(20\d{2})\s*年/.exec(body);
  if (asFollows) return Number(asFollows[1]);
  // The year named most, outside book titles, spans and plans.
  const counts = new Map<number, number>();
  for (const y of yearsIn(withoutBookTitles(text))) counts.set(y, (counts.get(y) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? null;
}
