// The bench pages' build (floor, worker, workspace seed), with the same data files and ECharts as the
// app. Shared by `npm run bench` and tests/boot/bench-pages.test.ts, which builds them in `npm test`
// so a break here (a plugin the pages lack, as virtual:pdf-cmaps once was) shows before a bench run.
import { resolve } from "node:path";
import { build, type Rollup } from "vite";
import { bundledDatasets } from "../../scripts/build/datasets";
import { pdfCmaps } from "../../scripts/build/offline";

export const BENCH_PAGES = ["floor", "worker", "seed"] as const;

/** Builds the pages into `outDir`; `write: false` only bundles them and returns the output. */
export async function buildBenchPages(outDir: string, write = true): Promise<Rollup.RollupOutput[]> {
  const out = await build({
    configFile: false,
    root: resolve("bench/pages"),
    base: "./",
    logLevel: "error",
    plugins: [bundledDatasets({ prefetch: false })],
    worker: { format: "es", plugins: () => [pdfCmaps({ inline: false })] },
    build: {
      outDir,
      emptyOutDir: true,
      write,
      rollupOptions: {
        input: Object.fromEntries(BENCH_PAGES.map((p) => [p, resolve(`bench/pages/${p}.html`)])),
      },
    },
  });
  return (Array.isArray(out) ? out : [out]) as Rollup.RollupOutput[];
}
