// npm run bench: extraction throughput on one core and the size of the built app (dist/, if built).
// A measurement to read, not a test to pass: numbers depend on the machine.
//
//   npm run bench [-- --runs 7 --seconds 0.5 --dist dist]
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { extractFileSync } from "../src/data/from-files";
import { extractReport } from "../src/extract";
import { readDivisions } from "../src/geo/node";

const args = process.argv.slice(2);
const opt = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  const v = i >= 0 ? Number(args[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
};
const RUNS = opt("--runs", 7);
const SECONDS = opt("--seconds", 0.5);
const DIST = args.includes("--dist") ? (args[args.indexOf("--dist") + 1] ?? "dist") : "dist";

interface Doc {
  name: string;
  bytes: Uint8Array;
  text: string;
}

function corpus(): Doc[] {
  const dirs = ["data/reports", "data/demo/reports"].filter((d) => existsSync(d));
  return dirs.flatMap((d) =>
    readdirSync(d)
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .map((f) => {
        const bytes = new Uint8Array(readFileSync(join(d, f)));
        return { name: f, bytes, text: new TextDecoder().decode(bytes) };
      }),
  );
}

/** Reports per second: repeat the corpus until a run lasts SECONDS, take the median of RUNS runs. */
function throughput(docs: Doc[], once: (d: Doc) => unknown): { perSecond: number; msPerReport: number } {
  for (let i = 0; i < 3; i++) for (const d of docs) once(d); // warm-up: let the JIT settle
  const rates: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    let n = 0;
    const start = performance.now();
    let elapsed = 0;
    while (elapsed < SECONDS * 1000) {
      for (const d of docs) once(d);
      n += docs.length;
      elapsed = performance.now() - start;
    }
    rates.push((n * 1000) / elapsed);
  }
  rates.sort((a, b) => a - b);
  const median = rates[Math.floor(rates.length / 2)] ?? 0;
  return { perSecond: median, msPerReport: 1000 / median };
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const row = (cells: string[], widths: number[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ");

const docs = corpus();
const chars = docs.reduce((s, d) => s + d.text.length, 0);
console.log(`corpus: ${docs.length} reports, ${(chars / docs.length).toFixed(0)} characters each on average`);
console.log(`runs: median of ${RUNS} runs of ≥${SECONDS}s each, after warm-up, one thread\n`);

// With the national division list loaded, as the CLI and the Worker run (built once, outside the timing).
const divisions = readDivisions();
const engine = throughput(docs, (d) => extractReport(d.text, d.name, { divisions }));
const full = throughput(docs, (d) => extractFileSync(d.bytes, d.name, { divisions }));
const w = [34, 14, 12];
console.log(row(["extraction", "reports/s", "ms/report"], w));
console.log(
  row(["engine (extractReport on text)", engine.perSecond.toFixed(0), engine.msPerReport.toFixed(2)], w),
);
console.log(row(["bytes → record (io + engine)", full.perSecond.toFixed(0), full.msPerReport.toFixed(2)], w));

if (existsSync(DIST)) {
  const files = walk(DIST);
  const js = files.filter((f) => f.endsWith(".js"));
  const total = files.reduce((s, f) => s + statSync(f).size, 0);
  const sized = js
    .map((f) => {
      const bytes = readFileSync(f);
      return { f: relative(DIST, f), raw: bytes.length, gz: gzipSync(bytes, { level: 9 }).length };
    })
    .sort((a, b) => b.raw - a.raw);
  const jsRaw = sized.reduce((s, x) => s + x.raw, 0);
  const jsGz = sized.reduce((s, x) => s + x.gz, 0);
  const v = [44, 12, 12];
  console.log(`\n${row([`bundle (${DIST}/)`, "raw", "gzip"], v)}`);
  console.log(row([`all files (${files.length})`, kb(total), ""], v));
  console.log(row([`JavaScript (${js.length} files)`, kb(jsRaw), kb(jsGz)], v));
  for (const x of sized.slice(0, 6)) console.log(row([`  ${x.f}`, kb(x.raw), kb(x.gz)], v));
} else {
  console.log(`\nbundle: no ${DIST}/ (run npm run build first)`);
}
