// Heading structure: 一、 (level 1), （一） (level 2), 1. (level 3), and unnumbered heading lines.
// From it: which ranges look forward (plans, suggestions: their figures are not this year's)
// and where the shortcomings section (存在的问题 / 不足和原因 …) starts and ends.

export interface Heading {
  level: 0 | 1 | 2 | 3;
  /** Start and end (exclusive, before the line break) of the heading line. */
  start: number;
  end: number;
  text: string;
}

export interface Range {
  start: number;
  end: number;
}

export interface Sections {
  headings: Heading[];
  /** Ranges that look forward: next year's plans, 下一步, suggestions. */
  planRanges: Range[];
  /** The shortcomings section's body (after its heading), or null when the report has none. */
  shortcomings: (Range & { heading: Heading | null }) | null;
  inPlan(pos: number): boolean;
}

const LEVEL1 = /^(?:[一二三四五六七八九十]{1,3}[、．.]|第[一二三四五六七八九十]{1,3}(?:部分|章)[、，,\s]?)/;
const LEVEL2 = /^[（(][一二三四五六七八九十]{1,3}[）)]/;
const LEVEL3 = /^\d{1,2}[.．、](?!\d)/;
const PLAN = /计划|安排|打算|思路|下一步|下步|工作建议|意见建议|努力方向|展望|今后工作|工作设想|目标举措/;
// A shortcomings heading names the problems it admits.
const SHORTCOMING_HEADING = /存在|不足|困难|短板|差距|薄弱|问题$|问题[和与及、]|主要问题/;
// A bare "…问题" heading may be an achievement ("着力解决执行难问题"): tried last.
const STRONG_SHORTCOMING_HEADING = /存在|不足|短板|差距|薄弱|困难和问题|问题和困难|主要问题/;
// A paragraph that turns to the plans ends the section even without a heading.
const PLAN_PARAGRAPH = /\n(?:下一步|下步|今后|明年|20\d{2}年(?:度)?(?:工作)?(?:计划|打算|思路|安排))/g;
const SHORTCOMING_EXCLUDE = /成效|成绩|做法|举措和|措施和|亮点|经验/;

// The first characters LEVEL1 can start with (一…十, 第): other lines need not try the pattern.
const LEVEL1_FIRST = new Set([..."一二三四五六七八九十第"].map((c) => c.charCodeAt(0)));

/** Where the first 。 or ； of `s` is, or -1: s.search(/[。；]/) without a pattern call. */
function fullStop(s: string): number {
  const a = s.indexOf("。");
  const b = s.indexOf("；");
  return a < 0 ? b : b < 0 ? a : Math.min(a, b);
}

// A line ending on one of these is a sentence, not an unnumbered heading.
const ENDS_SENTENCE = new Set([..."。；;：:，,！？"].map((c) => c.charCodeAt(0)));

function headingLevel(line: string): 0 | 1 | 2 | 3 | null {
  const first = line.charCodeAt(0);
  if (LEVEL1_FIRST.has(first) && LEVEL1.test(line)) return 1;
  if ((first === 0xff08 || first === 0x28) && LEVEL2.test(line)) return 2;
  if (first >= 0x30 && first <= 0x39 && LEVEL3.test(line)) return 3;
  // An unnumbered heading: a short line that is not a sentence.
  if (line.length <= 40 && !ENDS_SENTENCE.has(line.charCodeAt(line.length - 1)) && !line.includes("。"))
    return 0;
  return null;
}

/** Reads the heading lines of a normalised text. */
export function parseHeadings(text: string): Heading[] {
  const out: Heading[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf("\n", pos);
    if (nl < 0) nl = text.length;
    const line = text.slice(pos, nl);
    if (line) {
      const level = headingLevel(line);
      // Numbered lines are headings only when short enough to be one, or when their first
      // sentence is short (（一）强化组织领导，夯实基础。正文…).
      if (level !== null) {
        const firstStop = fullStop(line);
        const headLen = firstStop < 0 ? line.length : firstStop;
        if (level === 0 || headLen <= 60) out.push({ level, start: pos, end: nl, text: line });
      }
    }
    pos = nl + 1;
  }
  return out;
}

function sectionEnd(headings: Heading[], i: number, textLength: number): number {
  const h = headings[i] as Heading;
  const maxLevel = h.level === 0 ? 1 : h.level;
  for (let j = i + 1; j < headings.length; j++) {
    const next = headings[j] as Heading;
    if (next.level !== 0 && next.level <= maxLevel) return next.start;
    // An unnumbered plan line (下一步工作打算) also closes a section.
    if (next.level === 0 && next.text.length <= 30 && PLAN.test(next.text)) return next.start;
  }
  return textLength;
}

const SHORTCOMING_TRIES = [STRONG_SHORTCOMING_HEADING, SHORTCOMING_HEADING].flatMap((re) =>
  ([1, 2, 0] as const).map((level) => [re, level] as const),
);

function findShortcomings(
  text: string,
  headings: Heading[],
  heads: readonly string[],
): Sections["shortcomings"] {
  for (const [re, level] of SHORTCOMING_TRIES) {
    const i = headings.findIndex(
      (h, k) =>
        h.level === level && re.test(heads[k] as string) && !SHORTCOMING_EXCLUDE.test(heads[k] as string),
    );
    if (i < 0) continue;
    const h = headings[i] as Heading;
    let end = sectionEnd(headings, i, text.length);
    // A combined heading (存在的问题及下一步打算): stop where the plans begin.
    for (let j = i + 1; j < headings.length; j++) {
      const sub = headings[j] as Heading;
      if (sub.start >= end) break;
      if (PLAN.test(heads[j] as string) && !SHORTCOMING_HEADING.test(heads[j] as string)) {
        end = sub.start;
        break;
      }
    }
    // A numbered heading carries the first item when its line goes on after a full stop.
    const headEnd = h.level === 0 ? h.end : Math.min(h.end, h.start + (heads[i] as string).length);
    const start = Math.min(headEnd + 1, end);
    PLAN_PARAGRAPH.lastIndex = start;
    const plan = PLAN_PARAGRAPH.exec(text);
    if (plan && plan.index < end) end = plan.index;
    return { start, end, heading: h };
  }
  return inlineShortcomings(text);
}

/** The heading's own words: up to the first full stop. */
function headText(h: Heading): string {
  const stop = fullStop(h.text);
  return stop < 0 ? h.text : h.text.slice(0, stop + 1);
}

// No heading: "…但也存在一些问题：一是…二是…。下一步，…". The section runs to the plans.
const INLINE_START =
  /(?:存在|还有|仍有)[^。\n]{0,12}(?:问题|不足|差距|短板)[^。\n]{0,20}?[：:。]|不足之处[^。\n]{0,12}[：:。]/g;
const INLINE_END =
  /\n(?:下一步|今后|明年|下步|[一二三四五六七八九十]{1,3}、|20\d{2}年(?:度)?(?:工作)?(?:计划|打算|思路))/g;

function inlineShortcomings(text: string): Sections["shortcomings"] {
  INLINE_START.lastIndex = 0;
  const m = INLINE_START.exec(text);
  if (!m) return null;
  const start = m.index + m[0].length;
  INLINE_END.lastIndex = start;
  const e = INLINE_END.exec(text);
  const end = e ? e.index : text.length;
  return end > start ? { start, end, heading: null } : null;
}

/** Reads headings, plan ranges and the shortcomings section. */
// A heading about a later year's work ("三、2024年工作重点" in a 2023 report) looks forward too.
const HEADING_YEAR = /(20\d{2})年/;

function isPlanHeading(head: string, year: number | null): boolean {
  if (SHORTCOMING_HEADING.test(head)) return false;
  if (PLAN.test(head)) return true;
  if (year === null) return false;
  const y = HEADING_YEAR.exec(head);
  return y !== null && Number(y[1]) > year && /工作|重点|任务|打算/.test(head);
}

export function parseSections(text: string, year: number | null = null): Sections {
  const headings = parseHeadings(text);
  // Each heading's text up to its first full stop, cut once for the plan and shortcoming tests.
  const heads = headings.map(headText);
  const planRanges: Range[] = [];
  headings.forEach((h, i) => {
    if (h.level === 3) return;
    if (h.level === 0 && h.text.length > 30) return;
    if (isPlanHeading(heads[i] as string, year)) {
      planRanges.push({ start: h.start, end: sectionEnd(headings, i, text.length) });
    }
  });
  const shortcomings = findShortcomings(text, headings, heads);
  const inPlan = (pos: number): boolean => planRanges.some((r) => pos >= r.start && pos < r.end);
  return { headings, planRanges, shortcomings, inPlan };
}
