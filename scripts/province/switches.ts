// View switches at province scale as the bench makes them (a 1 s pause before each click, views in
// the bench's order, 5 rounds), in two or more builds interleaved, each page fresh: per view the
// renderer main thread's CPU time of the switch (CDP Performance.getMetrics ThreadTime, steadier
// under load than the wall clock) and its wall time, cold (first visit) and the median of the rest.
//   npx vite build --outDir dist-a && (change) && npx vite build --outDir dist-b
//   SW_DISTS=dist-a,dist-b npx tsx scripts/province/switches.ts
// Env: SW_DISTS (comma list), SW_PORT (first port, 4320; one per build), SW_RUNS (3), SW_THINK (1000).
import { interleaved, provinceRecords, servePreviews } from "./preview";
import type { Profile, ProfileNode } from "../cpuprofile";

const dists = (process.env.SW_DISTS ?? "dist").split(",");
const port0 = Number(process.env.SW_PORT ?? 4320);
const runs = Number(process.env.SW_RUNS ?? 3);
const think = Number(process.env.SW_THINK ?? 1000);
const VIEWS = ["trends", "ranking", "completeness", "shortcomings", "table", "overview"];
const ROUNDS = 5;
/** A view whose cold visit is CPU-profiled (inclusive time of the heaviest functions printed). */
const profiled = process.env.SW_PROFILE;

/** Inclusive and self time (ms) per function of a CPU profile, the heaviest first. */
function printProfile(label: string, p: Profile): void {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n: ProfileNode) =>
    `${n.callFrame.functionName || "(anon)"} ${n.callFrame.url.split("/").pop() ?? ""}:${n.callFrame.lineNumber + 1}`;
  const incl = new Map<string, number>();
  const self = new Map<string, number>();
  const samples = p.samples ?? [];
  for (let i = 0; i < samples.length; i++) {
    const ms = (p.timeDeltas?.[i + 1] ?? 0) / 1000;
    let id: number | undefined = samples[i];
    const first = byId.get(id as number);
    if (!first || first.callFrame.functionName === "(idle)") continue;
    self.set(name(first), (self.get(name(first)) ?? 0) + ms);
    const seen = new Set<string>();
    while (id !== undefined) {
      const n = byId.get(id);
      if (!n) break;
      const k = name(n);
      if (!seen.has(k)) incl.set(k, (incl.get(k) ?? 0) + ms);
      seen.add(k);
      id = parent.get(id);
    }
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `  ${v.toFixed(1).padStart(7)}  ${k}`);
  console.log(`${label} inclusive:\n${top(incl, 45).join("\n")}\nself:\n${top(self, 25).join("\n")}`);
}

const records = provinceRecords();
const { stop } = await servePreviews(dists, port0);

type Samples = Record<string, { cpu: number[]; wall: number[] }>;
const results: Samples[] = dists.map(() => ({}));
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? NaN;

try {
  await interleaved(dists, port0, runs, records, async ({ i, page, cdp, threadTime }) => {
    for (let r = 0; r < ROUNDS; r++) {
      for (const v of VIEWS) {
        await page.waitForTimeout(think);
        const prof = v === profiled && r === 0;
        if (prof) {
          await cdp.send("Profiler.enable");
          await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
          await cdp.send("Profiler.start");
        }
        const t0 = await threadTime();
        const wall = await page.evaluate(
          (view) => (window as unknown as { __switch: (v: string) => Promise<number> }).__switch(view),
          v,
        );
        const cpu = (await threadTime()) - t0;
        if (prof) {
          const { profile } = (await cdp.send("Profiler.stop")) as { profile: Profile };
          printProfile(`${dists[i]} ${v} cold (${cpu.toFixed(0)} ms cpu)`, profile);
        }
        const s = ((results[i] as Samples)[v] ??= { cpu: [], wall: [] });
        s.cpu.push(cpu);
        s.wall.push(wall);
      }
    }
  });
  for (const v of VIEWS) {
    const line = dists.map((d, i) => {
      const s = (results[i] as Samples)[v] as { cpu: number[]; wall: number[] };
      const cold = (xs: number[]) => xs.filter((_, k) => k % ROUNDS === 0);
      const warm = (xs: number[]) => xs.filter((_, k) => k % ROUNDS !== 0);
      const f = (xs: number[]) => xs.map((x) => x.toFixed(0)).join("/");
      return `${d}: cold cpu ${f(cold(s.cpu))} wall ${f(cold(s.wall))}; warm med cpu ${med(warm(s.cpu)).toFixed(0)} wall ${med(warm(s.wall)).toFixed(0)}`;
    });
    console.log(`${v.padEnd(13)} ${line.join(" | ")}`);
  }
} finally {
  stop();
}
