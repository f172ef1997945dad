// Bytes the built app loads: what index.html names (entry, its static imports, the preloaded chart
// chunks, CSS) against the chunks loaded only on demand.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export interface Sized {
  file: string;
  raw: number;
  gzip: number;
}
export interface Bytes {
  initialJs: Sized[];
  chartPreload: Sized[];
  css: Sized[];
  onDemand: Sized[];
  data: Sized[];
}

const size = (dir: string, file: string): Sized => {
  const b = readFileSync(join(dir, file));
  return { file, raw: b.length, gzip: gzipSync(b, { level: 9 }).length };
};
export const sum = (xs: Sized[], k: "raw" | "gzip") => xs.reduce((s, x) => s + x[k], 0);

export function bytesOf(dir: string): Bytes {
  const html = readFileSync(join(dir, "index.html"), "utf8");
  const named = (re: RegExp) => [...html.matchAll(re)].map((m) => m[1] ?? "");
  const chart = named(/<link rel="modulepreload" crossorigin="" href="\.\/([^"]+\.js)"/g);
  const entry = [
    ...named(/<script type="module" crossorigin src="\.\/([^"]+\.js)"/g),
    ...named(/<link rel="modulepreload" crossorigin href="\.\/([^"]+\.js)"/g),
  ];
  const css = named(/<link rel="stylesheet" crossorigin href="\.\/([^"]+\.css)"/g);
  const all = readdirSync(join(dir, "assets")).map((f) => `assets/${f}`);
  const initial = new Set([...entry, ...chart, ...css]);
  return {
    initialJs: entry.map((f) => size(dir, f)),
    chartPreload: chart.map((f) => size(dir, f)),
    css: css.map((f) => size(dir, f)),
    onDemand: all
      .filter((f) => !initial.has(f) && /\.(js|css)$/.test(f))
      .map((f) => size(dir, f))
      .sort((a, b) => b.gzip - a.gzip),
    data: all.filter((f) => f.endsWith(".json")).map((f) => size(dir, f)),
  };
}
