// Line breaking for text this app wraps itself (chart captions drawn by ECharts, the deck's line
// estimates), by the Chinese rules 避头尾: a line never starts with closing punctuation (” ） 。 ，
// 、 …) and never ends with an opening quote or bracket (“ （ 《), so "“约”" is never split as
// "“约" | "”". A run of Latin letters and digits (2021, −11, 95.5%) stays whole. Pure.

/** May not start a line: closing quotes and brackets, and the marks that follow a word. */
const NO_START = new Set([..."”’）》」』】〕〉)]}。，、；：？！…·—%‰℃,.;:?!"]);
/** May not end a line: opening quotes and brackets. */
const NO_END = new Set([..."“‘（《「『【〔〈([{"]);
/** Characters of one unbreakable Latin/number run. */
const WORDISH = /[A-Za-z0-9+\-−±./%]/;

/** The text cut into units a line may end after: a CJK character, or a Latin/number run. */
function units(text: string): string[] {
  const out: string[] = [];
  for (const ch of text) {
    const last = out.at(-1);
    if (last !== undefined && WORDISH.test(ch) && WORDISH.test(last.at(-1) ?? "")) out[out.length - 1] += ch;
    else out.push(ch);
  }
  return out;
}

/** Whether a line may break between units a and b. */
export function mayBreakBetween(a: string, b: string): boolean {
  const before = [...a].at(-1) ?? "";
  const after = [...b][0] ?? "";
  return !NO_END.has(before) && !NO_START.has(after);
}

/**
 * Splits `text` (one paragraph per "\n") into lines no wider than `max`, as `widthOf` measures,
 * breaking only where 避头尾 allows. A cluster that cannot be broken and is wider than a line
 * (a very long number) is cut by character, as a last resort.
 */
export function wrapLines(text: string, max: number, widthOf: (s: string) => number): string[] {
  const lines: string[] = [];
  for (const para of text.split("\n")) {
    // Clusters: units glued together where no break is allowed.
    const clusters: string[] = [];
    for (const u of units(para)) {
      const last = clusters.at(-1);
      if (last !== undefined && !mayBreakBetween(last, u)) clusters[clusters.length - 1] += u;
      else clusters.push(u);
    }
    let line = "";
    for (const c of clusters) {
      if (line !== "" && widthOf(line + c) > max) {
        lines.push(...cut(line, max, widthOf));
        line = "";
      }
      line += c;
    }
    lines.push(...cut(line, max, widthOf));
  }
  return lines;
}

/** A line wider than `max` (one cluster too long for any line) cut by character; else as it is. */
function cut(line: string, max: number, widthOf: (s: string) => number): string[] {
  if (widthOf(line) <= max) return [line];
  const out: string[] = [];
  let cur = "";
  for (const ch of line) {
    if (cur !== "" && widthOf(cur + ch) > max) {
      out.push(cur);
      cur = "";
    }
    cur += ch;
  }
  out.push(cur);
  return out;
}
