// The bench's budgets and how its results read: console lines (one PASS/FAIL per budget, the only
// lines carrying those words) and the Markdown table of docs/PERFORMANCE.md.
import type { Scenario } from "./browser";
import type { Sized } from "./bytes";

export interface Results {
  at: string;
  machine: string;
  extraction: { corpus: number; nodeEngine: number; nodeFull: number; worker: number };
  firstChart: {
    pairs: number;
    appMedian: number;
    floorMedian: number;
    ratioMedian: number;
    ratioMin: number;
    ratioMax: number;
  };
  scenarios: Record<"county" | "province", Scenario & { reports: number }>;
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
  check(
    "extraction, Node, one core (bytes → record)",
    `${r.extraction.nodeFull.toFixed(0)}/s`,
    `≥ ${B.extractionPerSecond}/s`,
    r.extraction.nodeFull >= B.extractionPerSecond,
  );
  check(
    "extraction, browser Worker (one core)",
    `${r.extraction.worker.toFixed(0)}/s`,
    `≥ ${B.extractionPerSecond}/s`,
    r.extraction.worker >= B.extractionPerSecond,
  );
  check(
    "first chart app/floor (median of paired ratios)",
    `${r.firstChart.ratioMedian.toFixed(2)}×`,
    `≤ ${B.firstChartRatio}×`,
    r.firstChart.ratioMedian <= B.firstChartRatio,
  );
  check(
    "initial JS (entry + its imports), gzip",
    kb(r.bytes.initialJsGzip),
    `≤ ${B.initialJsGzipKB} KB`,
    r.bytes.initialJsGzip <= B.initialJsGzipKB * 1024,
  );
  const p = r.scenarios.province;
  check(
    "province loaded + first chart",
    ms(p.firstChartMs),
    `≤ ${B.provinceFirstChartMs} ms`,
    p.firstChartMs <= B.provinceFirstChartMs,
  );
  for (const [name, xs] of Object.entries(p.interactions)) {
    const m = quantile(xs, 0.5);
    const q = quantile(xs, 0.95);
    check(
      `province ${name} (median / p95)`,
      `${ms(m)} / ${ms(q)}`,
      `≤ ${B.interactionMedianMs} / ${B.interactionP95Ms} ms`,
      m <= B.interactionMedianMs && q <= B.interactionP95Ms,
    );
  }
  check(
    "province table scroll frame p95",
    ms(p.scroll.p95),
    `≤ ${B.scrollP95Ms} ms`,
    p.scroll.p95 <= B.scrollP95Ms,
  );
  check(
    "province JS heap (page; workers apart)",
    `${p.heapMB.toFixed(0)} MB`,
    `≤ ${B.heapMB} MB`,
    p.heapMB <= B.heapMB,
  );

  const lines: string[] = [];
  lines.push(`machine: ${r.machine}; bench took ${r.seconds.toFixed(0)} s`);
  lines.push(
    `extraction (${r.extraction.corpus} reports): engine ${r.extraction.nodeEngine.toFixed(0)}/s, bytes → record ${r.extraction.nodeFull.toFixed(0)}/s in Node; ${r.extraction.worker.toFixed(0)}/s in the browser Worker`,
  );
  const f = r.firstChart;
  lines.push(
    `first chart (${f.pairs} interleaved pairs): app ${ms(f.appMedian)}, floor ${ms(f.floorMedian)}, paired ratios ${f.ratioMin.toFixed(2)}–${f.ratioMax.toFixed(2)}`,
  );
  lines.push(
    `bytes: initial JS ${kb(r.bytes.initialJsRaw)} (${kb(r.bytes.initialJsGzip)} gzip); chart chunks preloaded in parallel ${kb(r.bytes.chartPreloadRaw)} (${kb(r.bytes.chartPreloadGzip)} gzip); CSS ${kb(r.bytes.cssRaw)} (${kb(r.bytes.cssGzip)} gzip); ${r.bytes.onDemand.length} chunks on demand`,
  );
  for (const key of ["county", "province"] as const) {
    const s = r.scenarios[key];
    lines.push(
      `${key} (${s.reports} reports): data set loaded ${ms(s.loadMs)}, first chart ${ms(s.firstChartMs)}, scroll p50/p95 ${ms(s.scroll.p50)}/${ms(s.scroll.p95)}, heap ${s.heapMB.toFixed(0)} MB (the records worker has ended)`,
    );
    for (const [name, xs] of Object.entries(s.interactions)) {
      lines.push(
        `  ${name}: median ${ms(quantile(xs, 0.5))}, p95 ${ms(quantile(xs, 0.95))} (${xs.length} samples)`,
      );
    }
  }
  lines.push(
    "not measured yet: the workspace (IndexedDB) scenarios and click latency during a 500-report import (the workspace and its import UI are not on main)",
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
  for (const key of ["county", "province"] as const) {
    const s = r.scenarios[key];
    md.push(
      `| ${key} | ${s.reports} | ${ms(s.loadMs)} | ${ms(s.firstChartMs)} | ${ms(s.scroll.p50)} / ${ms(s.scroll.p95)} | ${s.heapMB.toFixed(0)} MB |`,
    );
  }
  md.push("", "| interaction | county median / p95 | province median / p95 |", "|---|---|---|");
  for (const name of Object.keys(r.scenarios.province.interactions)) {
    const c = r.scenarios.county.interactions[name] ?? [];
    const p2 = r.scenarios.province.interactions[name] ?? [];
    md.push(
      `| ${name} | ${ms(quantile(c, 0.5))} / ${ms(quantile(c, 0.95))} | ${ms(quantile(p2, 0.5))} / ${ms(quantile(p2, 0.95))} |`,
    );
  }
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
        .map((x) => `${x.file.replace(/^assets\//, "").replace(/-[\w-]{8}\.(js|css)$/, ".$1")} ${kb(x.gzip)}`)
        .join(", ") +
      ".",
  );
  return { lines, markdown: md.join("\n") };
}
