// Phrase rules whose every match contains one literal word (法律顾问) need not scan the whole
// report: the regex runs only in windows around that word's occurrences, merged where they
// overlap. `before`/`after` must cover the longest match on either side of the word, plus the
// one character a lookbehind at the match start reads.

/** Matches of global `re` within `before` characters before and `after` after each `word`. */
export function matchesNear(
  text: string,
  word: string,
  before: number,
  after: number,
  re: RegExp,
): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let at = text.indexOf(word);
  while (at >= 0) {
    const start = Math.max(0, at - before);
    let end = Math.min(text.length, at + word.length + after);
    // Merge the windows of later occurrences that overlap this one.
    let next = text.indexOf(word, at + word.length);
    while (next >= 0 && next - before <= end) {
      end = Math.min(text.length, next + word.length + after);
      next = text.indexOf(word, next + word.length);
    }
    const window = text.slice(start, end);
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(window)) !== null) {
      if (m[0] === "") {
        re.lastIndex++;
        continue;
      }
      m.index += start;
      out.push(m);
    }
    at = next;
  }
  return out;
}
