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
//   React's half of the boot (src/mount.tsx: React DOM, the shell, the views' door) is preloaded too,
//   but runs only when the entry imports it, after the first chart (src/boot).
import type { Plugin, Rollup } from "vite";

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

export function preloadCharts(
  moduleSuffix = "src/charts/EChart.tsx",
  laterSuffix: string | null = "src/mount.tsx",
): Plugin {
  const later = new Set<string>();
  return {
    name: "preload-charts",
    apply: "build",
    // React's half (its static graph beyond the entry's) is one chunk too, not a dozen shared with
    // the lazy views: it is always loaded, right after the first chart.
    // What the chart component needs stays out of it: the boot (src/boot) imports the chart pool
    // before the first chart, and must not bring React's half with it.
    buildEnd() {
      const ids = [...this.getModuleIds()];
      const graph = (suffix: string | null): Set<string> => {
        const seen = new Set<string>();
        const start = suffix ? ids.find((id) => id.endsWith(suffix)) : undefined;
        const queue = start ? [start] : [];
        for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
          if (seen.has(id)) continue;
          seen.add(id);
          queue.push(...(this.getModuleInfo(id)?.importedIds ?? []));
        }
        return seen;
      };
      const charts = graph(moduleSuffix);
      later.clear();
      for (const id of graph(laterSuffix)) if (!charts.has(id)) later.add(id);
    },
    outputOptions: (out) => ({
      ...out,
      codeSplitting: {
        groups: [
          { name: "index", tags: ["$initial"], priority: 2 },
          ...(laterSuffix
            ? [
                {
                  name: "mount",
                  test: (id: string) => later.has(id),
                  priority: 1,
                  // Its dependencies the chart component shares stay in their own chunks (above).
                  includeDependenciesRecursively: false,
                },
              ]
            : []),
        ],
      },
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
        const charts = files.length;
        // A chunk of a group has no facade module: found by the modules it holds.
        const later = laterSuffix
          ? chunks.find((c) => (c.moduleIds ?? []).some((id) => id.endsWith(laterSuffix)))
          : undefined;
        if (later) visit(later);
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
        // React's half is written as Vite writes the entry's own imports (a bare crossorigin): it is
        // the page's initial JS, not chart code (bench/bytes.ts and tests/e2e/smoke.spec.ts count it so).
        return [
          ...files.map((f, i) => ({
            tag: "link",
            attrs: { rel: "modulepreload", crossorigin: i < charts ? "" : true, href: `./${f}` },
            injectTo: "head" as const,
          })),
          // Its styles load with the page's own, so its import does not wait for a stylesheet.
          ...[...(later?.viteMetadata?.importedCss ?? [])].map((f) => ({
            tag: "link",
            attrs: { rel: "stylesheet", crossorigin: true, href: `./${f}` },
            injectTo: "head" as const,
          })),
          ...files
            .slice(0, charts)
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
