// `npm run extract -- --explain FILE...`: every candidate each parser proposed and, for each, what
// every refiner did with it (kept unchanged is not printed; changed, merged into a derived figure,
// dropped), with the rule that proposed it and the refiner's reason, then the record's figures.
// It watches the engine through its observer (src/extract/types.ts EngineObserver) and decides
// nothing itself. `explainText` is pure (tests call it); `explainFiles` reads files.
import { readFileSync } from "node:fs";
import type { StoredReport } from "../domain";
import {
  DEFAULT_CONFIGURATION,
  REFINER_REASONS,
  runEngine,
  type Candidate,
  type Context,
  type EngineObserver,
  type ExtractOptions,
} from "../extract";
import { readDivisions } from "../geo/node";
import { readReportFile } from "../io";

interface Track {
  label: string;
  events: string[];
}

// The marks `describe` prints after a candidate, explained once at the top.
const LEGEND =
  "   marks: total n = year-total marks before it (全年/共…, 0–2) · part = a named part (送法进校园) · " +
  "weak = used only when nothing else is stated · advisor = said of the legal advisor · " +
  "pending = waits for another figure (已全部化解 → handled)";

const MAX_CITE = 60;

function cite(text: string): string {
  const flat = text.replace(/\s+/g, " ");
  return flat.length > MAX_CITE ? `${flat.slice(0, MAX_CITE - 1)}…` : flat;
}

function describe(c: Candidate, text: string): string {
  const marks = [
    c.total ? `total ${c.total}` : "",
    c.part ? "part" : "",
    c.weak ? "weak" : "",
    c.advisorScope ? "advisor" : "",
    c.pending ? `pending ${c.pending}` : "",
  ].filter(Boolean);
  return (
    `${c.id} = ${c.value}${c.unit}  «${cite(text.slice(c.start, c.end))}» @${c.start}  rule ${c.rule}` +
    (c.basis === "derived" ? " (derived)" : "") +
    (marks.length ? `  [${marks.join(", ")}]` : "")
  );
}

/** What identifies a candidate through refiners that copy it with a field changed. */
function keyOf(c: Candidate): string {
  return `${c.id}|${c.rule}|${c.quantity ? c.quantity.start : c.start}`;
}

function changes(a: Candidate, b: Candidate): string {
  const fields = ["id", "value", "unit", "basis", "total", "part", "weak", "start", "end"] as const;
  return fields
    .filter((f) => a[f] !== b[f])
    .map((f) => `${f} ${String(a[f])}→${String(b[f])}`)
    .join(", ");
}

function why(refiner: string): string {
  const reason = REFINER_REASONS[refiner];
  return reason ? ` — ${reason}` : "";
}

/** The record's official unit (CONTRACT §1a), or why it has none. */
function divisionLine(r: StoredReport, options: ExtractOptions): string {
  const d = r.division;
  if (d)
    return `${d.code} ${d.province}${d.city === d.province ? "" : d.city}${d.county}${d.township} (${d.basis})`;
  if (!options.divisions) return "（未载入全国区划名单）";
  return r.township ? "（未定：名单中没有，或同名多处而正文未说明所属县市）" : "（未定：正文未写乡镇）";
}

/** Runs the engine on one decoded text and returns the explanation, line by line. */
export function explainText(rawText: string, fileName: string, options: ExtractOptions = {}): string[] {
  const tracks = new Map<Candidate, Track>();
  const proposals: { parser: string; candidates: readonly Candidate[] }[] = [];
  const derived: Candidate[] = [];
  let text = "";
  let n = 0;
  let final: readonly Candidate[] = [];
  // Drops, to name afterwards the figure of the same indicator the record keeps instead.
  const drops: { track: Track; at: number; id: Candidate["id"] }[] = [];

  const observer: EngineObserver = {
    proposed(parser: string, candidates: readonly Candidate[], ctx: Context) {
      text = ctx.text;
      proposals.push({ parser, candidates });
      for (const c of candidates) tracks.set(c, { label: `#${++n}`, events: [] });
    },
    refined(refiner: string, before: readonly Candidate[], after: readonly Candidate[]) {
      final = after;
      const kept = new Set(after);
      const gone = before.filter((c) => !kept.has(c));
      const goneByKey = new Map<string, Candidate>();
      for (const c of gone) if (!goneByKey.has(keyOf(c))) goneByKey.set(keyOf(c), c);
      const matched = new Set<Candidate>();
      const fresh: Candidate[] = [];
      for (const c of after) {
        if (tracks.has(c)) continue;
        const old = goneByKey.get(keyOf(c));
        if (old && !matched.has(old)) {
          // The same candidate, copied with a field changed.
          matched.add(old);
          const t = tracks.get(old) as Track;
          t.events.push(`${refiner}: changed (${changes(old, c) || "copied"})${why(refiner)}`);
          tracks.set(c, t);
        } else fresh.push(c);
      }
      for (const c of fresh) {
        const t: Track = { label: `D${derived.length + 1}`, events: [] };
        tracks.set(c, t);
        derived.push(c);
        const from = gone.filter(
          (g) => !matched.has(g) && (c.sources ?? []).some((s) => s.start <= g.start && g.end <= s.end),
        );
        const labels = from.map((g) => (tracks.get(g) as Track).label);
        t.events.push(
          `${refiner}: derived${labels.length ? ` from ${labels.join(" ")}` : ""}` +
            (c.derivation ? ` (${cite(c.derivation)})` : "") +
            why(refiner),
        );
        for (const g of from) {
          matched.add(g);
          (tracks.get(g) as Track).events.push(`${refiner}: merged into ${t.label}${why(refiner)}`);
        }
      }
      for (const g of gone) {
        if (matched.has(g)) continue;
        const track = tracks.get(g) as Track;
        drops.push({ track, at: track.events.length, id: g.id });
        track.events.push(`${refiner}: dropped${why(refiner)}`);
      }
    },
  };

  const record: StoredReport = runEngine(rawText, fileName, { ...DEFAULT_CONFIGURATION, observer }, options);
  const keptLabel = new Map<string, string>();
  for (const c of final) {
    const used = record.indicators.some(
      (o) => o.id === c.id && o.rule === c.rule && o.evidence.start === c.start,
    );
    const track = tracks.get(c);
    track?.events.push(used ? "in the record" : "not used (still pending)");
    if (used && track) keptLabel.set(c.id, track.label);
  }
  for (const d of drops) {
    const kept = keptLabel.get(d.id);
    d.track.events[d.at] += kept ? `; the record keeps ${kept}` : `; the record has no ${d.id}`;
  }
  const lines: string[] = [
    `== ${fileName}: 乡镇 ${record.township ?? "（不详）"} · 县 ${record.county ?? "（不详）"} · 年份 ${record.year ?? "（不详）"}`,
    `   区划 ${divisionLine(record, options)}`,
    LEGEND,
  ];
  const show = (c: Candidate): void => {
    const t = tracks.get(c) as Track;
    lines.push(`  ${t.label} ${describe(c, text)}`);
    for (const e of t.events) lines.push(`      → ${e}`);
  };
  for (const { parser, candidates } of proposals) {
    lines.push(`-- parser ${parser}: ${candidates.length} candidate(s)`);
    for (const c of candidates) show(c);
  }
  if (derived.length) {
    lines.push(`-- derived by refiners: ${derived.length}`);
    for (const c of derived) show(c);
  }
  lines.push("-- record");
  for (const o of record.indicators) {
    const basis = o.basis === "derived" ? `derived: ${cite(o.derivation ?? "")}` : "stated";
    lines.push(`  ${o.id} = ${o.value}${o.unit}  rule ${o.rule}  (${basis})  «${cite(o.evidence.text)}»`);
  }
  if (record.missing.length)
    lines.push(`  missing (key indicators not stated): ${record.missing.join(", ")}`);
  lines.push(`  shortcomings: ${record.shortcomings.length || "（无）"}`);
  for (const sc of record.shortcomings) lines.push(`    ${sc.category}  «${cite(sc.text)}» @${sc.start}`);
  return lines;
}

/** Reads each file as the extractor does and explains it; an unreadable file gets one line. */
export async function explainFiles(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const path of paths) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path);
    } catch {
      out.push(`== ${path}: 无法读取文件`);
      continue;
    }
    const read = await readReportFile(bytes, path);
    if (!read.ok) out.push(`== ${path}: ${read.reason}`);
    else for (const line of explainText(read.text, path, { divisions: readDivisions() })) out.push(line);
  }
  return out;
}
