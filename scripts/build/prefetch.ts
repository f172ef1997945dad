// The data prefetch script the build puts into index.html (datasets.ts): a few lines that run while
// the page's JavaScript is still downloading, read which bundled data set the address names, and add
// a <link rel=preload as=fetch> for its records file — so the data arrives in parallel with the app
// instead of after it has started. The app's own fetch of that file (src/data/bundled.ts) then takes
// over the preload. An empty address opens the workspace (IndexedDB), so nothing is fetched.
// A classic script with no imports, written inline right after the Content-Security-Policy, so it runs
// before the parser reaches the module graph and costs no request: as a file of its own it was a
// round trip that held the parser, and so every module request, behind it. The policy's script-src
// lists the script's SHA-256 (as the offline file's policy does for its scripts), so no other inline
// script runs.
import { createHash } from "node:crypto";

/** The script's text for data set id → records file (relative to the page); `fallback` when no ds=. */
export function prefetchScript(records: Record<string, string>, fallback: string): string {
  return `// Starts the download of the data set the address names (scripts/build/prefetch.ts).
(function () {
  var files = ${JSON.stringify(records)};
  var hash = location.hash.replace(/^#/, "");
  if (!hash) return;
  var ds = new URLSearchParams(hash).get("ds") || ${JSON.stringify(fallback)};
  if (!Object.prototype.hasOwnProperty.call(files, ds)) return;
  var link = document.createElement("link");
  link.rel = "preload";
  link.as = "fetch";
  link.crossOrigin = "anonymous";
  link.href = files[ds];
  document.head.appendChild(link);
})();
`;
}

const CSP_META = /<meta\s+http-equiv="Content-Security-Policy"[^>]*>/;

/**
 * index.html with the prefetch script (its `source`) inline right after the Content-Security-Policy,
 * whose script-src gains the script's SHA-256 — that script and no other inline one.
 */
export function withPrefetch(html: string, source: string): string {
  const m = CSP_META.exec(html);
  if (!m)
    throw new Error("index.html: no Content-Security-Policy meta element to place the prefetch script after");
  // The HTML parser would end the script at "</script" (and "<!--" changes how it reads one).
  if (/<\/script|<!--/i.test(source)) throw new Error("prefetch script: cannot be inlined as written");
  const hash = `'sha256-${createHash("sha256").update(source, "utf8").digest("base64")}'`;
  const meta = m[0].replace(/script-src ([^;"]*)/, (_, v: string) => `script-src ${v.trim()} ${hash}`);
  if (meta === m[0]) throw new Error("index.html: the Content-Security-Policy has no script-src");
  return `${html.slice(0, m.index)}${meta}\n    <script>${source}</script>${html.slice(m.index + m[0].length)}`;
}
