// The engine's linear time, checked in `npm run bench` (issue 10), not in a timed test: a report
// made of ×1, ×10 and ×100 copies of every sample report is extracted with the division list
// loaded, and the time per character at ×100 may be at most 1.5× that at ×1: one budget, which
// bench/report.ts prints as the only PASS/FAIL line of this part.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { DivisionLookup } from "../src/domain";
import { extractReport } from "../src/extract";
import type { PartResult } from "./report";

export const LINEAR_SIZES = [1, 10, 100] as const;
/** Time per character at ×100 over that at ×1, at most. */
export const LINEAR_BUDGET = 1.5;

export interface Linearity {
  /** Characters of the ×1 input. */
  chars: number;
  /** Median microseconds per 1,000 characters, per size in LINEAR_SIZES order. */
  usPerKChar: number[];
  /** usPerKChar at ×100 ÷ at ×1. */
  ratio: number;
}

/** The five sample reports (data/reports), real township reports of ordinary length. */
export function sampleTexts(dir = "data/reports"): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(join(dir, f), "utf8"));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1] ?? NaN;
}

/**
 * CPU milliseconds of this process: the engine runs on one core, and other processes on a shared
 * machine do not count against it (V8's own GC threads do, as part of the work).
 */
export function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** A report of the extraction corpus: its file name, bytes and UTF-8 text. */
export interface CorpusDoc {
  name: string;
  bytes: Uint8Array;
  text: string;
}

/** The extraction corpus: the sample reports and the demo county's, in file-name order. */
export function extractionCorpus(dirs = ["data/reports", "data/demo/reports"]): CorpusDoc[] {
  return dirs
    .filter((d) => existsSync(d))
    .flatMap((d) =>
      readdirSync(d)
        .filter((f) => f.endsWith(".txt"))
        .sort()
        .map((f) => {
          const bytes = new Uint8Array(readFileSync(join(d, f)));
          return { name: f, bytes, text: new TextDecoder().decode(bytes) };
        }),
    );
}

/**
 * Time per character of the engine at ×1, ×10 and ×100 the given reports joined: the sizes are
 * interleaved over `rounds` (so drift and JIT warm-up fall on all alike), medians compared.
 */
export function linearity(texts: readonly string[], divisions: DivisionLookup, rounds = 3): Linearity {
  const base = texts.join("\n\n");
  const inputs = LINEAR_SIZES.map((k) => Array.from({ length: k }, () => base).join("\n\n"));
  for (let i = 0; i < 20; i++) extractReport(base, "linear.txt", { divisions }); // warm the JIT
  const times: number[][] = inputs.map(() => []);
  for (let r = 0; r < rounds; r++)
    inputs.forEach((text, i) => {
      // Small inputs run often enough to be measurable; the time is per run.
      const runs = Math.ceil(LINEAR_SIZES[2] / (LINEAR_SIZES[i] as number));
      const t = cpuMs();
      for (let n = 0; n < runs; n++) extractReport(text, "linear.txt", { divisions });
      (times[i] as number[]).push((cpuMs() - t) / runs);
    });
  const usPerKChar = inputs.map((text, i) => (median(times[i] as number[]) * 1000 * 1000) / text.length);
  return { chars: base.length, usPerKChar, ratio: (usPerKChar[2] as number) / (usPerKChar[0] as number) };
}

/** The linear-time budget as a part of the bench's report (bench/report.ts prints PASS/FAIL). */
export function linearityPart(l: Linearity): PartResult {
  const per = l.usPerKChar.map((v, i) => `×${LINEAR_SIZES[i]} ${v.toFixed(0)} µs`).join(", ");
  return {
    name: "extraction",
    lines: [
      `extraction time per 1,000 characters, ×1 = the five samples joined (${l.chars.toLocaleString("en")} characters): ${per}`,
    ],
    budgets: [
      {
        what: "time per character at ×100 ÷ at ×1 (linear time)",
        value: l.ratio.toFixed(2),
        limit: `≤ ${LINEAR_BUDGET}`,
        ok: l.ratio <= LINEAR_BUDGET,
      },
    ],
    data: l,
  };
}
