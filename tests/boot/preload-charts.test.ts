// The build's chart preloads (scripts/build/preloadCharts.ts): every chunk the chart component needs
// is preloaded with the page, and those whose imports never reach the entry (ECharts' core) also run
// as async module scripts, as soon as they are here.
import { describe, expect, it } from "vitest";
import type { HtmlTagDescriptor, IndexHtmlTransformContext, Rollup } from "vite";
import { preloadCharts } from "../../scripts/build/preloadCharts";

const chunk = (fileName: string, imports: string[], extra: Partial<Rollup.OutputChunk> = {}) =>
  ({
    type: "chunk",
    fileName,
    imports,
    isEntry: false,
    facadeModuleId: null,
    ...extra,
  }) as Rollup.OutputChunk;

const bundle = {
  "assets/index.js": chunk("assets/index.js", ["assets/runtime.js"], { isEntry: true }),
  "assets/runtime.js": chunk("assets/runtime.js", []),
  "assets/EChart.js": chunk("assets/EChart.js", ["assets/index.js", "assets/echarts.js", "assets/core.js"], {
    facadeModuleId: "/x/src/charts/EChart.tsx",
  }),
  "assets/echarts.js": chunk("assets/echarts.js", ["assets/core.js", "assets/axis.js", "assets/index.js"]),
  "assets/core.js": chunk("assets/core.js", ["assets/runtime.js"]),
  "assets/axis.js": chunk("assets/axis.js", ["assets/core.js"]),
  "assets/bar.js": chunk("assets/bar.js", ["assets/core.js"]),
  // React's half of the boot (src/mount.tsx) and a chunk only it imports, which never reaches the entry.
  "assets/mount.js": chunk("assets/mount.js", ["assets/index.js", "assets/dom.js", "assets/EChart.js"], {
    moduleIds: ["/x/src/mount.tsx", "/x/src/App.tsx"],
    viteMetadata: { importedCss: new Set(["assets/mount.css"]) } as Rollup.OutputChunk["viteMetadata"],
  }),
  "assets/dom.js": chunk("assets/dom.js", []),
} as unknown as Rollup.OutputBundle;

function tags(): HtmlTagDescriptor[] {
  const hook = preloadCharts().transformIndexHtml as {
    handler: (html: string, ctx: IndexHtmlTransformContext) => HtmlTagDescriptor[];
  };
  return hook.handler(`<script type="module" src="./assets/index.js"></script>`, {
    bundle,
  } as unknown as IndexHtmlTransformContext);
}

describe("chart preloads", () => {
  it("preloads the chart component's chunk and what it imports, not the entry's, not lazy parts", () => {
    const preloaded = tags()
      .filter((t) => t.tag === "link")
      .map((t) => t.attrs?.href);
    expect(preloaded).toEqual([
      "./assets/EChart.js",
      "./assets/echarts.js",
      "./assets/core.js",
      "./assets/axis.js",
      "./assets/mount.js",
      "./assets/dom.js",
      "./assets/mount.css",
    ]);
  });

  it("names React's half as the page's own initial code and styles, not as chart code", () => {
    const mount = tags().filter((t) => /mount|dom/.test(String(t.attrs?.href)));
    expect(mount.map((t) => [t.attrs?.rel, t.attrs?.href, t.attrs?.crossorigin])).toEqual([
      ["modulepreload", "./assets/mount.js", true],
      ["modulepreload", "./assets/dom.js", true],
      ["stylesheet", "./assets/mount.css", true],
    ]);
  });

  it("runs as async module scripts only the chart's chunks that never import the entry", () => {
    // React's half waits for the entry to import it, after the first chart: never run ahead.
    const scripts = tags().filter((t) => t.tag === "script");
    expect(scripts.map((t) => t.attrs?.src)).toEqual(["./assets/core.js", "./assets/axis.js"]);
    for (const t of scripts) expect(t.attrs).toMatchObject({ type: "module", async: true });
  });
});
