// Before and after in the same run: two builds of the app (e.g. main's and a branch's) opened on
// the generated province from a data file, alternately, through the bench's own scenario (every
// view switch, control change, table sort and scroll). On a shared machine only a comparison in
// one run says whether a change helped.
//   npx vite build --outDir /tmp/a && (cd ../other && npx vite build --outDir /tmp/b)
//   npx tsx scripts/province/compare.ts /tmp/a /tmp/b [runs=2] [townships=2000]
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { chromium } from "@playwright/test";
import { median, quantile, scenario, type Scenario } from "../../bench/browser";
import { serve } from "../../bench/server";
import { splitDatasetFile } from "../build/split";
import { CHROMIUM_ARGS, chromiumPath } from "../chromium.mjs";
import { generateProvince } from "./generate";

const [a, b, runsArg, townshipsArg] = process.argv.slice(2);
if (!a || !b) throw new Error("usage: compare.ts <distA> <distB> [runs] [townships]");
const runs = Number(runsArg ?? 2);
const townships = Number(townshipsArg ?? 2000);
const port = Number(process.env.COMPARE_PORT ?? 4315);

const file = generateProvince({ townships, years: [2020, 2021, 2022, 2023, 2024], seed: "province" });
const split = splitDatasetFile(file, "province");
const mount = (prefix: string, dir: string) => {
  const assets = readdirSync(join(dir, "assets"));
  const demo = (kind: string) => `assets/${assets.find((f) => f.startsWith(`demo.${kind}-`)) ?? ""}`;
  return {
    prefix,
    dir: resolve(dir),
    overrides: new Map<string, string>([
      [demo("records"), split.records],
      [demo("texts"), split.texts],
    ]),
  };
};
const server = await serve(port, [mount("/a/", a), mount("/b/", b)], new Map());
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const got: Record<"a" | "b", Scenario[]> = { a: [], b: [] };
try {
  for (let r = 0; r < runs; r++) {
    for (const side of r % 2 === 0 ? (["a", "b"] as const) : (["b", "a"] as const)) {
      process.stderr.write(`run ${r + 1}/${runs} ${side}\n`);
      got[side].push(await scenario(browser, `http://127.0.0.1:${port}/${side}/#ds=demo`, 3));
    }
  }
} finally {
  await browser.close();
  server.close();
}
const fmt = (xs: number[]) => `${median(xs).toFixed(0)} / ${quantile(xs, 0.95).toFixed(0)}`;
const pool = (side: "a" | "b", k: string) => got[side].flatMap((s) => s.interactions[k] ?? []);
console.log(`interaction (median / p95 ms)          A: ${a}   B: ${b}`);
for (const k of Object.keys(got.a[0]?.interactions ?? {}))
  console.log(`${k.padEnd(24)} ${fmt(pool("a", k)).padStart(12)} ${fmt(pool("b", k)).padStart(12)}`);
const scroll = (side: "a" | "b") => got[side].map((s) => s.scroll.p95.toFixed(0)).join(", ");
console.log(`${"scroll p95 per run".padEnd(24)} ${scroll("a").padStart(12)} ${scroll("b").padStart(12)}`);
const first = (side: "a" | "b") => median(got[side].map((s) => s.firstChartMs)).toFixed(0);
console.log(`${"first chart".padEnd(24)} ${first("a").padStart(12)} ${first("b").padStart(12)}`);
