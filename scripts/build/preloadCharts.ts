// Vite plugin: the first chart should not wait behind a chain of lazy loads (entry → chart →
// ECharts), nor behind dozens of small files (HTTP/1.1 servers take six requests at a time).
// - Chunks: every module of the page's static graph goes into one chunk, the entry (it was 16 small
//   chunks, shared with lazy views). ECharts keeps the bundler's own split: its core in a few chunks,
//   and the parts the first view does not draw (bar, heatmap, visualMap, dataZoom, SVG:
//   src/charts/parts) in chunks of their own, loaded on demand — grouping ECharts by module would
//   pull those parts in, since "echarts/charts" imports every chart.
// - Preload: the page's HTML gets <link rel="modulepreload"> for the chart component's chunk and
//   everything it statically imports, so they download in parallel with the entry; those whose
//   imports never reach the entry (ECharts' core) also run as async module scripts once they are in.
import type { Plugin, Rollup } from "vite";

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

export function preloadCharts(moduleSuffix = "src/charts/EChart.tsx"): Plugin {
  return {
    name: "preload-charts",
    apply: "build",
    outputOptions: (out) => ({
      ...out,
      codeSplitting: { groups: [{ name: "index", tags: ["$initial"] }] },
    }),
    transformIndexHtml: {
      order: "post",
      handler(html, ctx) {
        const bundle = ctx.bundle as OutputBundle | undefined;
        if (!bundle) return [];
        const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === "chunk");
        const start = chunks.find((c) => c.facadeModuleId?.endsWith(moduleSuffix));
        if (!start) return [];
        const entryFiles = new Set(
          chunks.filter((c) => c.isEntry).flatMap((c) => [c.fileName, ...c.imports]),
        );
        const files: string[] = [];
        const visit = (c: OutputChunk) => {
          if (files.includes(c.fileName) || entryFiles.has(c.fileName) || html.includes(`/${c.fileName}"`))
            return;
          files.push(c.fileName);
          for (const f of c.imports) {
            const next = bundle[f];
            if (next?.type === "chunk") visit(next);
          }
        };
        visit(start);
        // A chunk whose imports never reach the entry (ECharts' core) can run as soon as it is here,
        // while the entry still downloads: an async module script of the same file (the preload's
        // response is used; the module runs once). The rest waits for the entry, as before.
        const entries = new Set(chunks.filter((c) => c.isEntry).map((c) => c.fileName));
        const reachesEntry = (f: string, seen = new Set<string>()): boolean => {
          if (entries.has(f)) return true;
          if (seen.has(f)) return false;
          seen.add(f);
          const c = bundle[f];
          return c?.type === "chunk" && c.imports.some((i) => reachesEntry(i, seen));
        };
        return [
          ...files.map((f) => ({
            tag: "link",
            attrs: { rel: "modulepreload", crossorigin: "", href: `./${f}` },
            injectTo: "head" as const,
          })),
          ...files
            .filter((f) => !reachesEntry(f))
            .map((f) => ({
              tag: "script",
              attrs: { type: "module", async: true, crossorigin: "", src: `./${f}` },
              injectTo: "head" as const,
            })),
        ];
      },
    },
  };
}
