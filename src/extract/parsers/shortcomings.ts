// Shortcomings: one item per admitted problem in the shortcomings section. Items are read from
// the section's outermost enumeration (（一）…, 1.…, 一是…二是…, also a "一普法…" that lost its
// 是), descending into "（一）存在的问题" sub-headings. A list of causes ("原因…以下几点：",
// "（二）原因分析") is left out. Without any enumeration the section is split into sentences that
// state a problem.
import type { Shortcoming } from "../../domain";
import { append } from "../arrays";
import { parseChineseNumber } from "../normalize";
import type { Context } from "../types";
import { categoriesOfItem, classifyItem } from "./shortcomingCategories";

interface Marker {
  /** Where the marker starts and where the item's words start. */
  start: number;
  bodyStart: number;
  ordinal: number;
}

const HAN_ORD = "[一二三四五六七八九十]{1,2}";
const MARKER_TYPES: ReadonlyArray<{ name: string; re: RegExp; han: boolean }> = [
  { name: "paren-line", re: new RegExp(`(?:^|\\n)[（(](${HAN_ORD})[）)][、.．]?`, "g"), han: true },
  { name: "han-line", re: new RegExp(`(?:^|\\n)(${HAN_ORD})[、.．]`, "g"), han: true },
  { name: "arabic-line", re: /(?:^|\n)(\d{1,2})[.．、](?!\d)/g, han: false },
  { name: "arabic-inline", re: /(?<=^|[：:；;。])(\d{1,2})[.．、](?!\d)/g, han: false },
  {
    name: "shi",
    re: new RegExp(`(?<![\\u4e00-\\u9fff])(?:其|第)?(${HAN_ORD})(?:是|[，,、：:](?=[\\u4e00-\\u9fff]))`, "g"),
    han: true,
  },
  { name: "paren-inline", re: new RegExp(`[（(](${HAN_ORD})[）)]`, "g"), han: true },
  { name: "arabic-paren", re: /[（(](\d{1,2})[）)]/g, han: false },
  { name: "circled", re: /([①②③④⑤⑥⑦⑧⑨⑩])/g, han: false },
];
// A lone "一" that opens a list whose 是 was lost ("主要问题在于：一普法宣传…").
const LOST_FIRST = /(?:^|[：:。；;\n])\s*(一)(?![年些定直起样般切致旦度项个是方面])(?=[\u4e00-\u9fff])/g;

function ordinalOf(s: string, han: boolean): number {
  if (!han) {
    const circled = "①②③④⑤⑥⑦⑧⑨⑩".indexOf(s);
    return circled >= 0 ? circled + 1 : Number(s);
  }
  return parseChineseNumber(s) ?? 0;
}

function findMarkers(text: string, start: number, end: number): Marker[] {
  const body = text.slice(start, end);
  let chosen: Marker[] = [];
  let chosenFirst = Infinity;
  for (const type of MARKER_TYPES) {
    const all: Marker[] = [];
    type.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = type.re.exec(body)) !== null) {
      const lead = m[0].length - m[0].trimStart().length;
      all.push({
        start: start + m.index + lead,
        bodyStart: start + m.index + m[0].length,
        ordinal: ordinalOf(m[1] as string, type.han),
      });
    }
    // Keep runs 1, 2, 3…; a new run may start at 1 (a "原因" list after the problems).
    const runs: Marker[] = [];
    let expected = 1;
    for (const mk of all) {
      if (mk.ordinal === expected || (mk.ordinal === 1 && expected > 1)) {
        runs.push(mk);
        expected = mk.ordinal + 1;
      } else if (type.name === "shi" && mk.ordinal === 2 && expected === 1) {
        // 二是 without 一是: look back for the lost 一.
        const lost = lastLostFirst(
          text,
          runs.length ? (runs[runs.length - 1] as Marker).bodyStart : start,
          mk.start,
        );
        if (lost) runs.push(lost);
        runs.push(mk);
        expected = 3;
      }
    }
    const real = runs.filter((r, i) => r.ordinal > 1 || (runs[i + 1]?.ordinal ?? 0) === 2);
    if (real.length < 2) continue;
    const first = (real[0] as Marker).start;
    if (first < chosenFirst) {
      chosen = real;
      chosenFirst = first;
    }
  }
  return chosen;
}

function lastLostFirst(text: string, from: number, to: number): Marker | null {
  const segment = text.slice(from, to);
  LOST_FIRST.lastIndex = 0;
  let found: Marker | null = null;
  let m: RegExpExecArray | null;
  while ((m = LOST_FIRST.exec(segment)) !== null) {
    const at = from + m.index + m[0].length - 1;
    found = { start: at, bodyStart: at + 1, ordinal: 1 };
  }
  return found;
}

// Where an item turns from the problem to what is being done about it.
const REMEDY = /(?:^|[。；;\n])\s*(?:对此|为此|针对(?:这|此|上述|以上)|下一步|整改措施|整改情况)/g;

/** Trims an item: no remedy part, no trailing intro sentence of the next list ("原因如下："). */
function trimItem(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  while (s < end && /[\s、.．：:，,]/.test(text[s] as string)) s++;
  let e = end;
  const slice = text.slice(s, e);
  REMEDY.lastIndex = 0;
  const remedy = REMEDY.exec(slice);
  if (remedy && remedy.index > 0) e = s + remedy.index + (/[。；;]/.test(remedy[0][0] as string) ? 1 : 0);
  // A last sentence that ends with a colon introduces what follows, not this problem.
  let body = text.slice(s, e).replace(/\s+$/, "");
  if (/[：:]$/.test(body)) {
    const cut = Math.max(body.lastIndexOf("。", body.length - 2), body.lastIndexOf("\n", body.length - 2));
    if (cut > 0) body = body.slice(0, cut + 1);
  }
  e = s + body.replace(/\s+$/, "").length;
  return { start: s, end: e };
}

const PROBLEM =
  /不够|不足|有待|欠缺|薄弱|单一|不强|不高|不到位|需进一步|仍需|较低|较少|不完善|不健全|滞后|不深入|不明显|缺乏|短板|不规范|不及时/;
const INTRO = /(?:取得|成绩|成效)[^。]*(?:但|然而)|[：:]$/;

function sentenceItems(ctx: Context, start: number, end: number): Shortcoming[] {
  const out: Shortcoming[] = [];
  const re = /[^。；;！!？?\n]+[。；;！!？?]?/g;
  const body = ctx.text.slice(start, end);
  let m: RegExpExecArray | null;
  while ((m = re.exec(body)) !== null) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const s = start + m.index + lead;
    const t = raw.trim();
    if (t.length < 6 || !PROBLEM.test(t) || INTRO.test(t)) continue;
    const category = classifyItem(t);
    if (category === "other") continue; // an unenumerated sentence must name a known problem
    out.push({ category, text: t, start: s, end: s + t.length });
  }
  return out;
}

// A sub-heading that only names what follows: "（一）存在的问题", "（二）原因分析".
const PROBLEM_SUBHEAD =
  /^(?:存在的?|主要|突出)?(?:的)?(?:问题|不足|困难|短板)(?:[和与及、](?:问题|不足|困难|短板))?(?:表现)?[：:]?$/;
const REASON_SUBHEAD = /^(?:产生)?(?:以上|上述)?(?:问题|不足)?(?:的)?(?:主要)?原因(?:分析)?[：:]?$/;
// The sentence that opens a list of causes ("产生以上不足的原因主要有以下几点：").
const REASON_INTRO = /原因/;

function lastSentence(s: string): string {
  const t = s.replace(/\s+$/, "");
  const cut = Math.max(
    t.lastIndexOf("。", t.length - 2),
    t.lastIndexOf("\n"),
    t.lastIndexOf("；", t.length - 2),
  );
  return t.slice(cut + 1);
}

/**
 * Items of [start, end). Causes are left out: a "原因" list explains the problems already
 * listed, and counting its lines again would invent categories the report does not admit.
 */
function itemsIn(ctx: Context, start: number, end: number, depth: number): Shortcoming[] {
  const { text } = ctx;
  const markers = findMarkers(text, start, end);
  if (markers.length === 0) return sentenceItems(ctx, start, end);
  const out: Shortcoming[] = [];
  let reasons = false;
  markers.forEach((mk, i) => {
    const prev = markers[i - 1];
    if (mk.ordinal === 1)
      reasons = REASON_INTRO.test(lastSentence(text.slice(prev ? prev.bodyStart : start, mk.start)));
    if (reasons) return;
    const next = markers[i + 1];
    const itemEnd = next ? next.start : end;
    const lineEnd = text.indexOf("\n", mk.bodyStart);
    const headLine = text.slice(mk.bodyStart, lineEnd >= 0 && lineEnd < itemEnd ? lineEnd : itemEnd).trim();
    if (depth === 0 && REASON_SUBHEAD.test(headLine)) return;
    if (depth === 0 && PROBLEM_SUBHEAD.test(headLine)) {
      append(out, itemsIn(ctx, text.indexOf(headLine, mk.bodyStart) + headLine.length, itemEnd, 1));
      return;
    }
    const { start: s, end: e } = trimItem(text, mk.bodyStart, itemEnd);
    if (e - s < 4) return;
    const itemText = text.slice(s, e);
    for (const category of categoriesOfItem(itemText))
      out.push({ category, text: itemText, start: s, end: e });
  });
  return out;
}

/** Extracts the admitted problems of a report. */
export function parseShortcomings(ctx: Context): Shortcoming[] {
  const section = ctx.sections.shortcomings;
  return section ? itemsIn(ctx, section.start, section.end, 0) : [];
}
