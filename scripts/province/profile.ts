// Where the time of a view switch goes at province scale: opens the generated province (2,000
// townships × 5 years, in place of the demo data set's records) in a build, visits every view
// VISITS times under the CDP CPU profiler, and prints per view the visit times and the functions
// with the most self time. Build without minifying so the names read:
//   npx vite build --minify false --outDir dist-scale-prof && npx tsx scripts/province/profile.ts
// Env: PROF_DIST (default dist-scale-prof), PROF_PORT (4314), PROF_VISITS (5), PROF_TOP (12).
import { openProvincePreview, SWITCH_SCRIPT } from "./preview";

const dist = process.env.PROF_DIST ?? "dist-scale-prof";
const port = Number(process.env.PROF_PORT ?? 4314);
const visits = Number(process.env.PROF_VISITS ?? 5);
const top = Number(process.env.PROF_TOP ?? 12);
const views = (process.env.PROF_VIEWS ?? "trends,ranking,completeness,shortcomings,table,overview").split(
  ",",
);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

/** Self time per function (ms), from the profile's samples. */
function selfTimes(p: Profile): [string, number][] {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const samples = p.samples ?? [];
  const deltas = p.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const n = byId.get(samples[i] as number);
    if (!n) continue;
    const f = n.callFrame;
    const file = f.url.split("/").pop() ?? "";
    const name = `${f.functionName || "(anon)"} ${file}:${f.lineNumber + 1}`;
    self.set(name, (self.get(name) ?? 0) + (deltas[i + 1] ?? deltas[i] ?? 0) / 1000);
  }
  return [...self.entries()].sort((a, b) => b[1] - a[1]);
}

const { base, page, close } = await openProvincePreview(dist, port);
try {
  await page.addInitScript(SWITCH_SCRIPT);
  await page.goto(`${base}#ds=demo`);
  await page.waitForFunction(() => performance.getEntriesByName("first-chart").length > 0, null, {
    timeout: 120_000,
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  for (const v of views) {
    await cdp.send("Profiler.start");
    const times: number[] = [];
    for (let i = 0; i < visits; i++) {
      // Away to the overview (not profiled apart: its cost is in every view's profile alike).
      if (v !== "overview") await page.click(`[data-testid="tab-overview"]`);
      else await page.click(`[data-testid="tab-ranking"]`);
      await page.waitForTimeout(150);
      times.push(
        Math.round(
          await page.evaluate(
            (view) => (window as unknown as { __switch: (v: string) => Promise<number> }).__switch(view),
            v,
          ),
        ),
      );
    }
    const { profile } = (await cdp.send("Profiler.stop")) as { profile: Profile };
    console.log(`\n${v}: ${times.join(" ")} ms`);
    const byFile = new Map<string, number>();
    for (const [name, ms] of selfTimes(profile)) {
      const f = name.split(" ").pop()?.split(":")[0] || "(native)";
      byFile.set(f, (byFile.get(f) ?? 0) + ms);
    }
    console.log(
      `  by file: ${[...byFile]
        .sort((x, y) => y[1] - x[1])
        .slice(0, 8)
        .map(([f, ms]) => `${f} ${ms.toFixed(0)}`)
        .join(", ")}`,
    );
    for (const [name, ms] of selfTimes(profile)
      .filter(([n]) => !n.startsWith("(idle)") && !n.startsWith("(program)"))
      .slice(0, top))
      console.log(`  ${ms.toFixed(0).padStart(6)} ms  ${name}`);
  }
} finally {
  await close();
}
