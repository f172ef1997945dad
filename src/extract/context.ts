// Builds the per-report Context once: quantities, sentence and clause boundaries, sections.
// Boundary lookups are O(1) array reads, so parsers can ask about any offset cheaply.
import { tokenizeQuantities } from "./normalize";
import { parseSections } from "./parsers/sections";
import type { Context } from "./types";

// Char codes: 1 = ends a sentence (。；！？ and line breaks), 2 = ends a clause only (，：).
const BOUNDARY = new Uint8Array(0x10000);
for (const ch of "。；;！!？?\n") BOUNDARY[ch.charCodeAt(0)] = 1;
for (const ch of "，,：:") BOUNDARY[ch.charCodeAt(0)] = 2;

/** How far a sentence or clause reaches from a position, at most. */
export const MAX_SENTENCE = 300;
export const MAX_CLAUSE = 150;

export function buildContext(text: string, year: number | null): Context {
  const n = text.length;
  const sentenceStarts = new Int32Array(n + 1);
  const clauseStarts = new Int32Array(n + 1);
  const sentenceEnds = new Int32Array(n + 1);
  let s = 0;
  let c = 0;
  for (let i = 0; i < n; i++) {
    sentenceStarts[i] = s;
    clauseStarts[i] = c;
    const kind = BOUNDARY[text.charCodeAt(i)];
    if (kind === 1) s = c = i + 1;
    else if (kind === 2) c = i + 1;
  }
  sentenceStarts[n] = s;
  clauseStarts[n] = c;
  let e = n;
  sentenceEnds[n] = n;
  for (let i = n - 1; i >= 0; i--) {
    if (BOUNDARY[text.charCodeAt(i)] === 1) e = i + 1;
    sentenceEnds[i] = e;
  }
  const clamp = (pos: number): number => (pos < 0 ? 0 : pos > n ? n : pos);
  // Bounded: a "sentence" of thousands of characters is no prose, and unbounded look-backs
  // would make every rule quadratic on such input.
  return {
    text,
    year,
    quantities: tokenizeQuantities(text, year),
    sections: parseSections(text, year),
    sentenceStart: (pos) => Math.max(sentenceStarts[clamp(pos)] as number, clamp(pos - MAX_SENTENCE)),
    clauseStart: (pos) => Math.max(clauseStarts[clamp(pos)] as number, clamp(pos - MAX_CLAUSE)),
    sentenceEnd: (pos) => Math.min(sentenceEnds[clamp(pos)] as number, clamp(pos + MAX_SENTENCE)),
  };
}
