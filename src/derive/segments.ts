// Splits a report's text around highlighted spans so the evidence panel can render plain React
// text nodes (never HTML). The primary span wins where marks overlap.
export type MarkKind = "primary" | "source";

export interface Mark {
  start: number;
  end: number;
  kind: MarkKind;
}

export interface Segment {
  text: string;
  kind: MarkKind | null;
}

export function segmentText(text: string, marks: readonly Mark[]): Segment[] {
  const len = text.length;
  const kinds: (MarkKind | null)[] = new Array(len).fill(null);
  // Sources first so the primary span overwrites them.
  const ordered = [...marks].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === "source" ? -1 : 1));
  for (const m of ordered) {
    const s = Math.max(0, Math.min(len, m.start));
    const e = Math.max(s, Math.min(len, m.end));
    for (let i = s; i < e; i++) kinds[i] = m.kind;
  }
  const out: Segment[] = [];
  let start = 0;
  for (let i = 1; i <= len; i++) {
    if (i === len || kinds[i] !== kinds[start]) {
      out.push({ text: text.slice(start, i), kind: kinds[start] ?? null });
      start = i;
    }
  }
  return out;
}
