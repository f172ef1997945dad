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

/** Runs the engine on one decoded text and returns the explanation, line by line. */
export function explainText(rawText: string, fileName: string, options: ExtractOptions = {}): string[] {
  const tracks = new Map<Candidate, Track>();
  const proposals: { parser: string; candidates: readonly Candidate[] }[] = [];
  const derived: Candidate[] = [];
  let text = "";
  let n = 0;
  let final: readonly Candidate[] = [];

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
        if (!matched.has(g)) (tracks.get(g) as Track).events.push(`${refiner}: dropped${why(refiner)}`);
      }
    },
  };

  const record: StoredReport = runEngine(rawText, fileName, { ...DEFAULT_CONFIGURATION, observer }, options);
  for (const c of final) {
    const used = record.indicators.some(
      (o) => o.id === c.id && o.rule === c.rule && o.evidence.start === c.start,
    );
    (tracks.get(c) as Track | undefined)?.events.push(used ? "in the record" : "not used (still pending)");
  }
  const lines: string[] = [
    `== ${fileName}: 乡镇 ${record.township || "（不详）"} · 县 ${record.county ?? "（不详）"} · 年份 ${record.year ?? "（不详）"}`,
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
  lines.push(`  shortcomings: ${record.shortcomings.map((s) => s.category).join(", ") || "（无）"}`);
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
