// npm run bench: extraction throughput (Node and the browser Worker), the built app against a floor
// page (first chart), a county and a province through every view and control, and the bytes the
// app loads. Prints one PASS/FAIL line per budget (the only lines with those words), writes
// bench/results.json and the table in docs/PERFORMANCE.md.
//
//   npm run bench [-- --pairs 15 --rounds 3 --port 4185 --no-write]
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { chromium } from "@playwright/test";
import { build } from "vite";
import {
  firstChartPairs,
  median,
  quantile,
  scenario,
  workerThroughput,
  type Scenario,
} from "../bench/browser";
import { bytesOf, sum } from "../bench/bytes";
import { serve } from "../bench/server";
import { renderReport, type Results } from "../bench/report";
import { bundledDatasets, splitDatasetFile } from "./build/datasets";
import { CHROMIUM_ARGS, chromiumPath } from "./chromium.mjs";
import { generateProvince } from "./province/generate";
import { extractFileSync } from "../src/data/from-files";
import { extractReport } from "../src/extract";
import { readDivisions } from "../src/geo/node";
import { linearity, linearityLines, sampleTexts } from "../bench/extraction";

const args = process.argv.slice(2);
const opt = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  const v = i >= 0 ? Number(args[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
};
const PAIRS = opt("--pairs", 15);
const ROUNDS = opt("--rounds", 3);
const PORT = opt("--port", 4185);
const OUT = resolve("dist-bench");
const t0 = performance.now();
const log = (m: string) =>
  process.stderr.write(`[bench ${((performance.now() - t0) / 1000).toFixed(0)}s] ${m}\n`);

// 1. Extraction in Node, one core.
interface Doc {
  name: string;
  bytes: Uint8Array;
  text: string;
}
const docs: Doc[] = ["data/reports", "data/demo/reports"]
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
function throughput(once: (d: Doc) => unknown, runs = 5, seconds = 0.5): number {
  for (let i = 0; i < 2; i++) for (const d of docs) once(d);
  const rates: number[] = [];
  for (let r = 0; r < runs; r++) {
    let n = 0;
    const start = performance.now();
    while (performance.now() - start < seconds * 1000) {
      for (const d of docs) once(d);
      n += docs.length;
    }
    rates.push((n * 1000) / (performance.now() - start));
  }
  return median(rates);
}
log(`extraction in Node over ${docs.length} reports`);
// With the national division list loaded, as the CLI and the Worker run (built once, outside the timing).
const divisions = readDivisions();
const nodeEngine = throughput((d) => extractReport(d.text, d.name, { divisions }));
const nodeFull = throughput((d) => extractFileSync(d.bytes, d.name, { divisions }));
const linear = linearity(sampleTexts(), divisions);

// 2. Builds: the app, and the bench pages (floor, worker) with the same data files and ECharts.
log("building the app and the bench pages");
execFileSync("npx", ["vite", "build", "--logLevel", "error", "--outDir", join(OUT, "app"), "--emptyOutDir"], {
  stdio: "inherit",
  env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: "true" },
});
await build({
  configFile: false,
  root: resolve("bench/pages"),
  base: "./",
  logLevel: "error",
  plugins: [bundledDatasets()],
  worker: { format: "es" },
  build: {
    outDir: join(OUT, "pages"),
    emptyOutDir: true,
    rollupOptions: {
      input: { floor: resolve("bench/pages/floor.html"), worker: resolve("bench/pages/worker.html") },
    },
  },
});
const bytes = bytesOf(join(OUT, "app"));

// 3. County and province: generated data sets served in place of the demo county's files.
const assets = readdirSync(join(OUT, "app/assets"));
const demoFile = (kind: string) => assets.find((f) => f.startsWith(`demo.${kind}-`)) ?? "";
const swap = (townships: number, seed: string) => {
  const file = generateProvince({ townships, years: [2020, 2021, 2022, 2023, 2024], seed });
  const s = splitDatasetFile(file, seed);
  return {
    reports: file.reports.length,
    overrides: new Map<string, string>([
      [`assets/${demoFile("records")}`, s.records],
      [`assets/${demoFile("texts")}`, s.texts],
    ]),
  };
};
log("generating the county (30 × 5) and the province (2,000 × 5)");
const county = swap(30, "county");
const province = swap(2000, "province");
const corpus = JSON.stringify(
  docs.map((d) => ({ name: d.name, b64: Buffer.from(d.bytes).toString("base64") })),
);
const server = await serve(
  PORT,
  [
    { prefix: "/app/", dir: join(OUT, "app") },
    { prefix: "/county/", dir: join(OUT, "app"), overrides: county.overrides },
    { prefix: "/province/", dir: join(OUT, "app"), overrides: province.overrides },
    { prefix: "/pages/", dir: join(OUT, "pages") },
  ],
  new Map([["/corpus.json", corpus]]),
);
const base = `http://127.0.0.1:${PORT}`;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
let pairs, workerRate, countyRun: Scenario, provinceRun: Scenario;
try {
  log("extraction in the browser Worker");
  workerRate = await workerThroughput(browser, `${base}/pages/worker.html`, 3);
  log(`first chart: ${PAIRS} interleaved pairs app/floor`);
  pairs = await firstChartPairs(browser, `${base}/app/#ds=samples`, `${base}/pages/floor.html`, PAIRS);
  log(`county (${county.reports} reports)`);
  countyRun = await scenario(browser, `${base}/county/#ds=demo`, ROUNDS);
  log(`province (${province.reports} reports)`);
  provinceRun = await scenario(browser, `${base}/province/#ds=demo`, ROUNDS);
} finally {
  await browser.close();
  server.close();
}

const results: Results = {
  at: new Date().toISOString(),
  machine: `${(await import("node:os")).cpus().length} cores, ${process.version}`,
  extraction: { corpus: docs.length, nodeEngine, nodeFull, worker: workerRate },
  firstChart: {
    pairs: PAIRS,
    appMedian: median(pairs.app),
    floorMedian: median(pairs.floor),
    ratioMedian: median(pairs.ratios),
    ratioMin: Math.min(...pairs.ratios),
    ratioMax: Math.max(...pairs.ratios),
  },
  scenarios: {
    county: { reports: county.reports, ...countyRun },
    province: { reports: province.reports, ...provinceRun },
  },
  bytes: {
    initialJsRaw: sum(bytes.initialJs, "raw"),
    initialJsGzip: sum(bytes.initialJs, "gzip"),
    chartPreloadRaw: sum(bytes.chartPreload, "raw"),
    chartPreloadGzip: sum(bytes.chartPreload, "gzip"),
    cssRaw: sum(bytes.css, "raw"),
    cssGzip: sum(bytes.css, "gzip"),
    onDemand: bytes.onDemand,
    data: bytes.data,
  },
  seconds: (performance.now() - t0) / 1000,
};
const { lines, markdown } = renderReport(results, quantile);
for (const l of [...lines, ...linearityLines(linear)]) console.log(l);
if (!args.includes("--no-write")) {
  writeFileSync("bench/results.json", `${JSON.stringify(results, null, 2)}\n`);
  const doc = "docs/PERFORMANCE.md";
  const old = existsSync(doc) ? readFileSync(doc, "utf8") : "";
  const begin = "<!-- bench:begin -->";
  const end = "<!-- bench:end -->";
  const block = `${begin}\n${markdown}\n${end}`;
  const next = old.includes(begin)
    ? old.replace(new RegExp(`${begin}[\\s\\S]*${end}`), block)
    : `${old}\n${block}\n`;
  writeFileSync(doc, next);
  log("wrote bench/results.json and docs/PERFORMANCE.md");
}
