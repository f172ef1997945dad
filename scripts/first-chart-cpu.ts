// Main-thread CPU time before the first chart, app against floor page: cold loads in a fresh context
// each, interleaved as the bench takes them, traced with only the `toplevel` and `blink.user_timing`
// categories. Every performance mark in a trace carries the thread's clock (`tts`), so the CPU time
// from the navigation's commit to the "first-chart" mark is read off it — steadier than wall time on
// a loaded machine. (With the `devtools.timeline` category Chromium records a JavaScript stack per
// request and V8 collects source positions for it: ≈ 35 ms that neither page pays in the bench.)
// Reuses the bench's build (dist-bench/app and dist-bench/pages: run `npm run bench -- --only first`
// once); marks a build adds of its own (performance.mark) are printed with their wall and CPU times.
//   npx tsx scripts/first-chart-cpu.ts [rounds=8] [port=4340] [more app builds as dir:label ...]
import { join } from "node:path";
import { chromium, type Browser } from "@playwright/test";
import { median } from "../bench/browser";
import { serve } from "../bench/server";
import { CHROMIUM_ARGS, chromiumPath } from "./chromium.mjs";

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  tts?: number;
}
interface Load {
  wall: number;
  cpu: number;
  marks: string;
}

const rounds = Number(process.argv[2] ?? 8);
const port = Number(process.argv[3] ?? 4340);
const OUT = "dist-bench";
const apps: [string, string][] = [
  [join(OUT, "app"), "app"],
  ...process.argv.slice(4).map((a) => a.split(":") as [string, string]),
];
const server = await serve(
  port,
  [{ prefix: "/pages/", dir: join(OUT, "pages") }, ...apps.map(([dir, l]) => ({ prefix: `/${l}/`, dir }))],
  new Map(),
);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });

async function load(b: Browser, url: string): Promise<Load> {
  const ctx = await b.newContext({ viewport: { width: 1366, height: 768 } });
  try {
    const page = await ctx.newPage();
    await b.startTracing(page, { categories: ["toplevel", "blink.user_timing"] });
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName("first-chart").length > 0, null, {
      timeout: 120_000,
    });
    const events = (JSON.parse((await b.stopTracing()).toString()) as { traceEvents: TraceEvent[] })
      .traceEvents;
    const mark = events.find((e) => e.name === "first-chart" && e.cat === "blink.user_timing");
    if (!mark?.tts) throw new Error(`${url}: no first-chart mark with a thread clock`);
    const own = events.filter((e) => e.pid === mark.pid);
    const commit = own.filter((e) => e.name === "commitNavigationEnd").pop();
    if (!commit) throw new Error(`${url}: no navigation commit in the trace`);
    // The thread clock at the commit: the first main-thread event from then on that carries one.
    const base = own
      .filter((e) => e.tid === mark.tid && e.tts !== undefined && e.ts >= commit.ts)
      .sort((a, b) => a.ts - b.ts)[0];
    const at = (e: TraceEvent) =>
      `${e.name}@${((e.ts - commit.ts) / 1000).toFixed(0)}/${(((e.tts ?? 0) - (base?.tts ?? 0)) / 1000).toFixed(0)}`;
    const marks = own
      .filter((e) => e.cat === "blink.user_timing" && e.tts !== undefined && e.ts >= commit.ts)
      .sort((a, b) => a.ts - b.ts)
      .map(at)
      .join(" ");
    return { wall: (mark.ts - commit.ts) / 1000, cpu: (mark.tts - (base?.tts ?? mark.tts)) / 1000, marks };
  } finally {
    await ctx.close();
  }
}

const targets: [string, string][] = [
  [`http://127.0.0.1:${port}/pages/floor.html`, "floor"],
  ...apps.map(([, l]): [string, string] => [`http://127.0.0.1:${port}/${l}/#ds=samples`, l]),
];
const loads = new Map<string, Load[]>(targets.map(([, l]) => [l, []]));
try {
  for (const [url] of targets) await load(browser, url); // warm the server and the OS caches
  for (let i = 0; i < rounds; i++) {
    const k = i % targets.length;
    for (const [url, label] of [...targets.slice(k), ...targets.slice(0, k)]) {
      const l = await load(browser, url);
      loads.get(label)?.push(l);
      console.log(`${label.padEnd(8)} wall ${l.wall.toFixed(0)} cpu ${l.cpu.toFixed(0)} | ${l.marks}`);
    }
  }
  const floor = loads.get("floor") ?? [];
  for (const [label, ls] of loads) {
    const paired = (f: (x: Load) => number) => median(ls.map((l, i) => f(l) / f(floor[i] ?? l)));
    console.log(
      `${label.padEnd(8)} median wall ${median(ls.map((l) => l.wall)).toFixed(0)} ms, cpu ${median(
        ls.map((l) => l.cpu),
      ).toFixed(0)} ms; paired ratio to the floor: wall ${paired((l) => l.wall).toFixed(2)}, cpu ${paired(
        (l) => l.cpu,
      ).toFixed(2)}`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
