// Builds the per-report Context once: quantities, sentence and clause boundaries, sections.
// Boundary lookups are O(1) array reads, so parsers can ask about any offset cheaply.
import { tokenizeQuantities } from "./normalize";
import { parseSections } from "./parsers/sections";
import type { Context } from "./types";

const SENTENCE_END = new Set(["。", "；", ";", "！", "!", "？", "?", "\n"]);
const CLAUSE_END = new Set([...SENTENCE_END, "，", ",", "：", ":"]);

export function buildContext(text: string, year: number | null): Context {
  const n = text.length;
  const sentenceStarts = new Int32Array(n + 1);
  const clauseStarts = new Int32Array(n + 1);
  const sentenceEnds = new Int32Array(n + 1);
  let s = 0;
  let c = 0;
  for (let i = 0; i <= n; i++) {
    sentenceStarts[i] = s;
    clauseStarts[i] = c;
    const ch = text[i];
    if (ch !== undefined && SENTENCE_END.has(ch)) s = i + 1;
    if (ch !== undefined && CLAUSE_END.has(ch)) c = i + 1;
  }
  let e = n;
  for (let i = n; i >= 0; i--) {
    const ch = text[i];
    if (ch !== undefined && SENTENCE_END.has(ch)) e = i + 1;
    sentenceEnds[i] = e;
  }
  const clamp = (pos: number): number => (pos < 0 ? 0 : pos > n ? n : pos);
  return {
    text,
    year,
    quantities: tokenizeQuantities(text, year),
    sections: parseSections(text),
    sentenceStart: (pos) => sentenceStarts[clamp(pos)] as number,
    clauseStart: (pos) => clauseStarts[clamp(pos)] as number,
    sentenceEnd: (pos) => sentenceEnds[clamp(pos)] as number,
  };
}
