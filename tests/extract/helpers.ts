// Test helpers: wrap a sentence into a minimal report and read its observations by id.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { IndicatorId, Observation, StoredReport } from "../../src/domain";
import { extractReport, runEngine, type Candidate, type Refiner } from "../../src/extract";

/** A minimal 2023 report around `body`, with a title the metadata parser recognises. */
export function wrap(body: string, year = 2023): string {
  return `城南县柳溪镇人民政府\n关于${year}年度法治政府建设情况的报告\n\n一、主要举措和成效\n${body}\n`;
}

export function extract(body: string, year = 2023): StoredReport {
  return extractReport(wrap(body, year), "case.txt");
}

/** The observation of `id` for a report around `body`, or undefined. */
export function observe(body: string, id: IndicatorId, year = 2023): Observation | undefined {
  return extract(body, year).indicators.find((o) => o.id === id);
}

/** The value of `id` for a report around `body`, or null when absent. */
export function valueOf(body: string, id: IndicatorId, year = 2023): number | null {
  return observe(body, id, year)?.value ?? null;
}

/**
 * Runs one refiner on hand-built candidates through the engine's observer: a parser that proposes
 * exactly `candidates` (offsets into `text`), then `refiner` alone; returns what it kept.
 */
export function runStage(refiner: Refiner, candidates: Candidate[], text: string): readonly Candidate[] {
  let out: readonly Candidate[] = [];
  runEngine(text, "stage.txt", {
    parsers: [{ name: "hand-built", parse: () => candidates }],
    refiners: [refiner],
    observer: { refined: (_name, _before, after) => (out = after) },
  });
  return out;
}

/** Every .txt file under `dir`, its subfolders too (reports the engine's tests run over). */
export const textFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? textFiles(p) : p.endsWith(".txt") ? [p] : [];
  });
