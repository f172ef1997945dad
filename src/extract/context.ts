// Builds the per-report Context once: quantities, sentence and clause boundaries, sections.
// Boundaries are kept as sorted offsets and found by binary search: one pass to build, a few
// steps per lookup, so parsers can ask about any offset cheaply.
import { tokenizeQuantities } from "./normalize";
import { parseSections } from "./sections";
import type { Context } from "./types";

// Char codes: 1 = ends a sentence (。；！？ and line breaks), 2 = ends a clause only (，：).
const BOUNDARY = new Uint8Array(0x10000);
for (const ch of "。；;！!？?\n") BOUNDARY[ch.charCodeAt(0)] = 1;
for (const ch of "，,：:") BOUNDARY[ch.charCodeAt(0)] = 2;

/** How far a sentence or clause reaches from a position, at most. */
export const MAX_SENTENCE = 300;
export const MAX_CLAUSE = 150;

/** The largest value in sorted `xs` that is ≤ pos, or 0. */
function floorOf(xs: readonly number[], pos: number): number {
  let lo = 0;
  let hi = xs.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = xs[mid] as number;
    if (v <= pos) {
      found = v;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The smallest value in sorted `xs` that is > pos, or `fallback`. */
function ceilingOf(xs: readonly number[], pos: number, fallback: number): number {
  let lo = 0;
  let hi = xs.length - 1;
  let found = fallback;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = xs[mid] as number;
    if (v > pos) {
      found = v;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  return found;
}

export function buildContext(text: string, year: number | null): Context {
  const n = text.length;
  // Offsets just after a boundary character: where the next sentence / clause starts.
  const sentences: number[] = [];
  const clauses: number[] = [];
  for (let i = 0; i < n; i++) {
    const kind = BOUNDARY[text.charCodeAt(i)];
    if (kind === 0) continue;
    clauses.push(i + 1);
    if (kind === 1) sentences.push(i + 1);
  }
  const clamp = (pos: number): number => (pos < 0 ? 0 : pos > n ? n : pos);
  // Bounded: a "sentence" of thousands of characters is no prose, and unbounded look-backs
  // would make every rule quadratic on such input.
  return {
    text,
    year,
    quantities: tokenizeQuantities(text, year),
    sections: parseSections(text, year),
    sentenceStart: (pos) => Math.max(floorOf(sentences, clamp(pos)), clamp(pos - MAX_SENTENCE)),
    clauseStart: (pos) => Math.max(floorOf(clauses, clamp(pos)), clamp(pos - MAX_CLAUSE)),
    sentenceEnd: (pos) => Math.min(ceilingOf(sentences, clamp(pos), n), clamp(pos + MAX_SENTENCE)),
  };
}
