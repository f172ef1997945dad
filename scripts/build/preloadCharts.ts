// Vite plugin: the first chart should not wait behind a chain of lazy loads (entry → view → chart
// → ECharts). The page's HTML gets <link rel="modulepreload"> for the chart component's chunk and
// everything it statically imports (ECharts' core), so they download in parallel with the entry.
import type { Plugin, Rollup } from "vite";

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

export function preloadCharts(moduleSuffix = "src/charts/EChart.tsx"): Plugin {
  return {
    name: "preload-charts",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(_html, ctx) {
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
          if (files.includes(c.fileName) || entryFiles.has(c.fileName)) return;
          files.push(c.fileName);
          for (const f of c.imports) {
            const next = bundle[f];
            if (next?.type === "chunk") visit(next);
          }
        };
        visit(start);
        return files.map((f) => ({
          tag: "link",
          attrs: { rel: "modulepreload", crossorigin: "", href: `./${f}` },
          injectTo: "head" as const,
        }));
      },
    },
  };
}
