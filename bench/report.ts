// The bench's budgets and how its results read: console lines (one PASS/FAIL per budget, the only
// lines carrying those words) and the Markdown table of docs/PERFORMANCE.md.
import type { Scenario } from "./browser";
import type { Sized } from "./bytes";

/** A county (30 × 5) and a province (2,000 × 5), each opened from a data file and from the workspace. */
export const SCENARIOS = [
  "county · file",
  "county · workspace",
  "province · file",
  "province · workspace",
] as const;
export type ScenarioName = (typeof SCENARIOS)[number];

/** A part of the bench another module measures (e.g. import click latency): its lines and budgets. */
export interface PartResult {
  name: string;
  lines: string[];
  budgets: { what: string; value: string; limit: string; ok: boolean }[];
  data: unknown;
}

export interface Results {
  at: string;
  machine: string;
  /** Absent when a partial run (--only) left the part out. */
  extraction?: {
    corpus: number;
    nodeEngine: number;
    nodeFull: number;
    /** The Worker thread's CPU time per report (the budget's figure). */
    worker: number;
    /** Wall clock through the app's client (information: counts what else the machine runs). */
    workerWall: number;
  };
  /** The pause before each timed interaction (ms). */
  thinkMs?: number;
  firstChart?: null | {
    pairs: number;
    appMedian: number;
    floorMedian: number;
    ratioMedian: number;
    ratioMin: number;
    ratioMax: number;
  };
  scenarios: Partial<Record<ScenarioName, Scenario & { reports: number }>>;
  /** Parts measured by other modules (bench/importLatency, bench/extraction…), when wired. */
  parts?: PartResult[];
  bytes: {
    initialJsRaw: number;
    initialJsGzip: number;
    chartPreloadRaw: number;
    chartPreloadGzip: number;
    cssRaw: number;
    cssGzip: number;
    onDemand: Sized[];
    data: Sized[];
  };
  seconds: number;
}

export const BUDGETS = {
  firstChartRatio: 1.2,
  initialJsGzipKB: 150,
  provinceFirstChartMs: 3000,
  interactionMedianMs: 100,
  interactionP95Ms: 200,
  scrollP95Ms: 33,
  heapMB: 150,
  extractionPerSecond: 2000,
};

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number) => `${n.toFixed(0)} ms`;

export function renderReport(
  r: Results,
  quantile: (xs: number[], q: number) => number,
): { lines: string[]; markdown: string } {
  const B = BUDGETS;
  const budget: [string, string, string, boolean][] = [];
  const check = (what: string, value: string, limit: string, ok: boolean) =>
    budget.push([what, value, limit, ok]);
  const x = r.extraction;
  if (x) {
    check(
      "extraction, Node, one core (bytes → record)",
      `${x.nodeFull.toFixed(0)}/s`,
      `≥ ${B.extractionPerSecond}/s`,
      x.nodeFull >= B.extractionPerSecond,
    );
    check(
      "extraction, browser Worker (one core: the Worker thread's CPU time)",
      `${x.worker.toFixed(0)}/s`,
      `≥ ${B.extractionPerSecond}/s`,
      x.worker >= B.extractionPerSecond,
    );
  }
  const f = r.firstChart;
  if (f)
    check(
      "first chart app/floor (median of paired ratios)",
      `${f.ratioMedian.toFixed(2)}×`,
      `≤ ${B.firstChartRatio}×`,
      f.ratioMedian <= B.firstChartRatio,
    );
  check(
    "initial JS (entry + its imports), gzip",
    kb(r.bytes.initialJsGzip),
    `≤ ${B.initialJsGzipKB} KB`,
    r.bytes.initialJsGzip <= B.initialJsGzipKB * 1024,
  );
  for (const name of ["province · file", "province · workspace"] as const) {
    const p = r.scenarios[name];
    if (!p) continue;
    check(
      `${name}: loaded + first chart`,
      ms(p.firstChartMs),
      `≤ ${B.provinceFirstChartMs} ms`,
      p.firstChartMs <= B.provinceFirstChartMs,
    );
    for (const [what, xs] of Object.entries(p.interactions)) {
      const m = quantile(xs, 0.5);
      const q = quantile(xs, 0.95);
      check(
        `${name}: ${what} (median / p95)`,
        `${ms(m)} / ${ms(q)}`,
        `≤ ${B.interactionMedianMs} / ${B.interactionP95Ms} ms`,
        m <= B.interactionMedianMs && q <= B.interactionP95Ms,
      );
    }
    check(
      `${name}: table scroll frame p95`,
      ms(p.scroll.p95),
      `≤ ${B.scrollP95Ms} ms`,
      p.scroll.p95 <= B.scrollP95Ms,
    );
    check(
      `${name}: JS heap (page; workers apart)`,
      `${p.heapMB.toFixed(0)} MB`,
      `≤ ${B.heapMB} MB`,
      p.heapMB <= B.heapMB,
    );
  }
  for (const part of r.parts ?? [])
    for (const b of part.budgets) check(`${part.name}: ${b.what}`, b.value, b.limit, b.ok);

  const lines: string[] = [];
  lines.push(`machine: ${r.machine}; bench took ${r.seconds.toFixed(0)} s`);
  if (x)
    lines.push(
      `extraction (${x.corpus} reports): engine ${x.nodeEngine.toFixed(0)}/s, bytes → record ${x.nodeFull.toFixed(0)}/s in Node; ${x.worker.toFixed(0)}/s in the browser Worker by its thread's CPU time (${x.workerWall.toFixed(0)}/s by the wall clock through the app's client)`,
    );
  if (f)
    lines.push(
      `first chart (${f.pairs} interleaved pairs): app ${ms(f.appMedian)}, floor ${ms(f.floorMedian)}, paired ratios ${f.ratioMin.toFixed(2)}–${f.ratioMax.toFixed(2)}`,
    );
  lines.push(
    `bytes: initial JS ${kb(r.bytes.initialJsRaw)} (${kb(r.bytes.initialJsGzip)} gzip); chart chunks preloaded in parallel ${kb(r.bytes.chartPreloadRaw)} (${kb(r.bytes.chartPreloadGzip)} gzip); CSS ${kb(r.bytes.cssRaw)} (${kb(r.bytes.cssGzip)} gzip); ${r.bytes.onDemand.length} chunks on demand`,
  );
  const ran = SCENARIOS.filter((n) => r.scenarios[n]);
  const pause =
    r.thinkMs === undefined ? "" : `each timed interaction starts after a ${r.thinkMs} ms pause (not timed)`;
  if (ran.length && pause) lines.push(`${pause}, as a person reads a view before the next click`);
  for (const name of ran) {
    const s = r.scenarios[name] as Scenario & { reports: number };
    lines.push(
      `${name} (${s.reports} reports): data set loaded ${ms(s.loadMs)}, first chart ${ms(s.firstChartMs)}, scroll p50/p95 ${ms(s.scroll.p50)}/${ms(s.scroll.p95)}, heap ${s.heapMB.toFixed(0)} MB (the records worker has ended)`,
    );
    for (const [what, xs] of Object.entries(s.interactions)) {
      lines.push(
        `  ${what}: median ${ms(quantile(xs, 0.5))}, p95 ${ms(quantile(xs, 0.95))} (${xs.length} samples)`,
      );
    }
  }
  for (const part of r.parts ?? []) lines.push(...part.lines);
  if (!(r.parts ?? []).some((p) => /import/i.test(p.name)))
    lines.push(
      "not measured in this run: click latency while 500 reports import (bench/importLatency not wired)",
    );
  lines.push("");
  for (const [what, value, limit, ok] of budget)
    lines.push(`${ok ? "PASS" : "FAIL"}  ${what}: ${value} (budget ${limit})`);

  const md: string[] = [];
  md.push(`Run of ${r.at} on ${r.machine} (${r.seconds.toFixed(0)} s).`, "");
  md.push("| budget | measured | limit | |", "|---|---|---|---|");
  for (const [what, value, limit, ok] of budget)
    md.push(`| ${what} | ${value} | ${limit} | ${ok ? "pass" : "**miss**"} |`);
  md.push(
    "",
    "| scenario | reports | loaded | first chart | scroll p50 / p95 | heap |",
    "|---|---|---|---|---|---|",
  );
  for (const name of ran) {
    const s = r.scenarios[name] as Scenario & { reports: number };
    md.push(
      `| ${name} | ${s.reports} | ${ms(s.loadMs)} | ${ms(s.firstChartMs)} | ${ms(s.scroll.p50)} / ${ms(s.scroll.p95)} | ${s.heapMB.toFixed(0)} MB |`,
    );
  }
  const what = [...new Set(ran.flatMap((n) => Object.keys(r.scenarios[n]?.interactions ?? {})))];
  if (ran.length && pause) md.push("", `Interactions: ${pause}.`);
  md.push("", `| interaction | ${ran.map((n) => `${n} median / p95`).join(" | ")} |`);
  md.push(`|---|${ran.map(() => "---").join("|")}|`);
  for (const w of what) {
    const cells = ran.map((n) => {
      const xs = r.scenarios[n]?.interactions[w] ?? [];
      return `${ms(quantile(xs, 0.5))} / ${ms(quantile(xs, 0.95))}`;
    });
    md.push(`| ${w} | ${cells.join(" | ")} |`);
  }
  if (f)
    md.push(
      "",
      `First chart, ${f.pairs} interleaved pairs: app ${ms(f.appMedian)}, floor ${ms(f.floorMedian)}, paired ratios ${f.ratioMin.toFixed(2)}–${f.ratioMax.toFixed(2)} (median ${f.ratioMedian.toFixed(2)}).`,
    );
  md.push(
    "",
    `Bytes: initial JS ${kb(r.bytes.initialJsRaw)} raw, ${kb(r.bytes.initialJsGzip)} gzip; chart chunks preloaded in parallel ${kb(r.bytes.chartPreloadRaw)} raw, ${kb(r.bytes.chartPreloadGzip)} gzip; CSS ${kb(r.bytes.cssRaw)} raw, ${kb(r.bytes.cssGzip)} gzip.`,
  );
  md.push(
    "",
    "On demand (largest first): " +
      r.bytes.onDemand
        .slice(0, 12)
        .map((c) => `${c.file.replace(/^assets\//, "").replace(/-[\w-]{8}\.(js|css)$/, ".$1")} ${kb(c.gzip)}`)
        .join(", ") +
      ".",
  );
  return { lines, markdown: md.join("\n") };
}
