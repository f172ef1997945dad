// Word's automatic numbering (numbering.xml): the "一、", "（一）", "1." that a report's headings show
// are not in document.xml as text but generated from list definitions. The engine reads the section
// structure from them, so they are rendered back into the text here.
import { parseMarkup } from "./sax";

interface Level {
  start: number;
  numFmt: string;
  lvlText: string;
  suff: string;
}

export interface NumberingDefs {
  /** abstractNumId → level index → definition. */
  abstract: Map<string, Map<number, Level>>;
  /** numId → its abstractNumId and per-level start overrides. */
  nums: Map<string, { abstractId: string; overrides: Map<number, number> }>;
}

/** Paragraph style id → the numbering it carries (headings are often numbered through their style). */
export type StyleNumbering = Map<string, { numId?: string; ilvl?: number; basedOn?: string }>;

export function parseNumbering(xml: string, deadline?: number): NumberingDefs {
  const defs: NumberingDefs = { abstract: new Map(), nums: new Map() };
  let abstract: Map<number, Level> | null = null;
  let level: Level | null = null;
  let num: { abstractId: string; overrides: Map<number, number> } | null = null;
  let overrideLevel = -1;
  parseMarkup(
    xml,
    {
      onopentag(name, a) {
        const val = a["w:val"] ?? "";
        if (name === "w:abstractNum") {
          abstract = new Map();
          defs.abstract.set(a["w:abstractNumId"] ?? "", abstract);
        } else if (name === "w:lvl" && abstract && !num) {
          level = { start: 1, numFmt: "decimal", lvlText: "", suff: "tab" };
          abstract.set(Number(a["w:ilvl"] ?? 0), level);
        } else if (name === "w:num") {
          num = { abstractId: "", overrides: new Map() };
          defs.nums.set(a["w:numId"] ?? "", num);
        } else if (name === "w:abstractNumId" && num) num.abstractId = val;
        else if (name === "w:lvlOverride" && num) overrideLevel = Number(a["w:ilvl"] ?? 0);
        else if (name === "w:startOverride" && num && overrideLevel >= 0)
          num.overrides.set(overrideLevel, Number(val) || 0);
        else if (level) {
          if (name === "w:start") level.start = Number(val) || 0;
          else if (name === "w:numFmt") level.numFmt = val;
          else if (name === "w:lvlText") level.lvlText = val;
          else if (name === "w:suff") level.suff = val;
        }
      },
      onclosetag(name) {
        if (name === "w:abstractNum") abstract = null;
        else if (name === "w:lvl") level = null;
        else if (name === "w:num") num = null;
        else if (name === "w:lvlOverride") overrideLevel = -1;
      },
    },
    { xmlMode: true, deadline },
  );
  return defs;
}

export function parseStyleNumbering(xml: string, deadline?: number): StyleNumbering {
  const styles: StyleNumbering = new Map();
  let current: { numId?: string; ilvl?: number; basedOn?: string } | null = null;
  parseMarkup(
    xml,
    {
      onopentag(name, a) {
        if (name === "w:style") {
          current = {};
          styles.set(a["w:styleId"] ?? "", current);
        } else if (current) {
          if (name === "w:basedOn") current.basedOn = a["w:val"];
          else if (name === "w:numId") current.numId = a["w:val"];
          else if (name === "w:ilvl") current.ilvl = Number(a["w:val"] ?? 0);
        }
      },
      onclosetag(name) {
        if (name === "w:style") current = null;
      },
    },
    { xmlMode: true, deadline },
  );
  return styles;
}

const CN_DIGITS = "零一二三四五六七八九";
const TIANGAN = "甲乙丙丁戊己庚辛壬癸";
const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (as Word's chineseCounting writes them). */
export function chineseNumber(n: number): string {
  if (n <= 0 || n >= 10000) return String(n);
  const units = ["", "十", "百", "千"];
  const digits = String(n).split("").map(Number);
  let out = "";
  let zero = false;
  digits.forEach((d, i) => {
    const unit = units[digits.length - 1 - i] ?? "";
    if (d === 0) zero = out !== "";
    else {
      if (zero) out += "零";
      zero = false;
      out += (d === 1 && unit === "十" && out === "" ? "" : CN_DIGITS[d]) + unit;
    }
  });
  return out;
}

function letters(n: number, base: string): string {
  let out = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) out = base[(k - 1) % 26] + out;
  return out;
}

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, "M"],
    [900, "CM"],
    [500, "D"],
    [400, "CD"],
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let out = "";
  let k = n;
  for (const [v, s] of table)
    while (k >= v) {
      out += s;
      k -= v;
    }
  return out;
}

export function formatNumber(n: number, numFmt: string): string {
  switch (numFmt) {
    case "chineseCounting":
    case "chineseCountingThousand":
    case "japaneseCounting":
    case "taiwaneseCounting":
    case "taiwaneseCountingThousand":
    case "chineseLegalSimplified":
      return chineseNumber(n);
    case "ideographTraditional":
      return TIANGAN[n - 1] ?? String(n);
    case "decimalEnclosedCircle":
    case "decimalEnclosedCircleChinese":
      return CIRCLED[n - 1] ?? String(n);
    case "decimalFullWidth":
    case "decimalFullWidth2":
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case "decimalZero":
      return n < 10 ? `0${n}` : String(n);
    case "upperLetter":
      return letters(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    case "lowerLetter":
      return letters(n, "abcdefghijklmnopqrstuvwxyz");
    case "upperRoman":
      return roman(n);
    case "lowerRoman":
      return roman(n).toLowerCase();
    case "none":
      return "";
    default:
      return String(n);
  }
}

/** Counts list items as Word does and gives each numbered paragraph its label. */
export class NumberingCounter {
  private readonly counters = new Map<string, number[]>();
  private readonly started = new Set<string>();

  constructor(
    private readonly defs: NumberingDefs,
    private readonly styles: StyleNumbering,
  ) {}

  /** The label of a paragraph ("一、", "（二）", "3."), or "" when it is not numbered. */
  label(numId: string | undefined, ilvl: number | undefined, styleId: string | undefined): string {
    const fromStyle = this.styleNumbering(styleId);
    const id = numId ?? fromStyle.numId;
    if (!id || id === "0") return "";
    const num = this.defs.nums.get(id);
    const abstract = num ? this.defs.abstract.get(num.abstractId) : undefined;
    if (!num || !abstract) return "";
    const level = Math.max(0, Math.min(8, ilvl ?? fromStyle.ilvl ?? 0));
    const def = abstract.get(level);
    if (!def || def.numFmt === "bullet") return "";

    let counts = this.counters.get(num.abstractId);
    if (!counts) {
      counts = [];
      this.counters.set(num.abstractId, counts);
    }
    if (!this.started.has(id)) {
      this.started.add(id);
      // A num with start overrides restarts its list; one without continues the abstract list.
      for (const [lvl, start] of num.overrides) counts[lvl] = start - 1;
    }
    const start = (l: number) => num.overrides.get(l) ?? abstract.get(l)?.start ?? 1;
    counts[level] = (counts[level] ?? start(level) - 1) + 1;
    counts.length = level + 1; // deeper levels restart

    const text = def.lvlText.replace(/%([1-9])/g, (_, d: string) => {
      const l = Number(d) - 1;
      const value = counts[l] ?? start(l);
      return formatNumber(value, abstract.get(l)?.numFmt ?? "decimal");
    });
    if (text === "") return "";
    // A label that ends in punctuation or is a circled digit needs no space before the text.
    if (def.suff === "nothing" || /[、．.，,）)：:\u2460-\u2473]$/.test(text)) return text;
    return `${text} `;
  }

  private styleNumbering(styleId: string | undefined): { numId?: string; ilvl?: number } {
    const seen = new Set<string>();
    let id = styleId;
    let ilvl: number | undefined;
    while (id && !seen.has(id)) {
      seen.add(id);
      const s = this.styles.get(id);
      if (!s) break;
      ilvl ??= s.ilvl;
      if (s.numId) return { numId: s.numId, ilvl };
      id = s.basedOn;
    }
    return {};
  }
}
