// The 数据表's scroll at province scale as the bench makes it (90 frames, 240 px per frame, one
// rAF each; bench/browser.ts scrollFrames), in two or more builds interleaved, each page fresh: per
// pass the frame times (p95, how many took more than one vsync) and the renderer main thread's CPU
// per frame (CDP Performance.getMetrics ThreadTime, steadier under load than frame times).
//   npx vite build --outDir /tmp/a && (change) && npx vite build --outDir /tmp/b
//   SC_DISTS=/tmp/a,/tmp/b npx tsx scripts/province/scroll.ts
// Env: SC_DISTS (comma list), SC_PORT (first port, 4330; one per build), SC_RUNS (3), SC_PASSES (2),
// SC_TRACE / SC_PROFILE (a directory: a Chromium trace / CPU profile of each build's last pass),
// SC_EVAL_<i> (a script run in the i-th build's page before scrolling: a CSS prototype, say).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { scrollFrames } from "../../bench/browser";
import { interleaved, provinceRecords, servePreviews } from "./preview";

const dists = (process.env.SC_DISTS ?? "dist").split(",");
const port0 = Number(process.env.SC_PORT ?? 4330);
const runs = Number(process.env.SC_RUNS ?? 3);
const passes = Number(process.env.SC_PASSES ?? 2);
/** A directory to write a Chromium trace of each build's last pass into (to read with a trace viewer). */
const traceDir = process.env.SC_TRACE;
/** A directory to write a V8 CPU profile of each build's last pass into (scripts/profile-read.ts reads it). */
const profileDir = process.env.SC_PROFILE;
/** SC_EVAL_<i>: a script run in the page of the i-th build before scrolling (a CSS prototype, say). */
const evalScript = (i: number) => process.env[`SC_EVAL_${i}`];

const records = provinceRecords();
const { stop } = await servePreviews(dists, port0);

interface Pass {
  p95: number;
  over: number;
  cpuPerFrame: number;
}
const results: Pass[][] = dists.map(() => []);
const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.ceil(p * xs.length) - 1] ?? NaN;
const med = (xs: number[]) => q(xs, 0.5);

try {
  await interleaved(dists, port0, runs, records, async ({ browser, run, i, page, cdp, threadTime }) => {
    await page.waitForTimeout(1000);
    await page.evaluate(() =>
      (window as unknown as { __switch: (v: string) => Promise<number> }).__switch("table"),
    );
    const script = evalScript(i);
    if (script) await page.evaluate(script);
    for (let p = 0; p < passes; p++) {
      await page.waitForTimeout(1000);
      const tracing = traceDir && run === runs - 1 && p === passes - 1;
      if (tracing)
        await browser.startTracing(page, {
          categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8", "blink"],
        });
      const profiling = profileDir && run === runs - 1 && p === passes - 1;
      if (profiling) {
        await cdp.send("Profiler.enable");
        await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
        await cdp.send("Profiler.start");
      }
      const t0 = await threadTime();
      const frames = await scrollFrames(page, 90);
      const cpu = (await threadTime()) - t0;
      if (profiling) {
        const { profile } = (await cdp.send("Profiler.stop")) as { profile: unknown };
        writeFileSync(join(profileDir, `scroll-${i}.cpuprofile`), JSON.stringify(profile));
      }
      if (tracing) writeFileSync(join(traceDir, `scroll-${i}.json`), await browser.stopTracing());
      (results[i] as Pass[]).push({
        p95: q(frames, 0.95),
        over: frames.filter((t) => t > 20).length,
        cpuPerFrame: cpu / Math.max(1, frames.length),
      });
    }
  });
  dists.forEach((d, i) => {
    const r = results[i] as Pass[];
    console.log(
      `${d}: p95 ${r.map((x) => x.p95.toFixed(0)).join("/")}; frames > 20 ms ${r.map((x) => x.over).join("/")}; ` +
        `cpu/frame ${r.map((x) => x.cpuPerFrame.toFixed(1)).join("/")} (median ${med(r.map((x) => x.cpuPerFrame)).toFixed(1)})`,
    );
  });
} finally {
  stop();
}
