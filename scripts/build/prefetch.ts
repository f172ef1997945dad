// The data prefetch script the build puts into index.html (datasets.ts): a few lines that run while
// the page's JavaScript is still downloading, read which bundled data set the address names, and add
// a <link rel=preload as=fetch> for its records file — so the data arrives in parallel with the app
// instead of after it has started. The app's own fetch of that file (src/data/bundled.ts) then takes
// over the preload. An empty address opens the workspace (IndexedDB), so nothing is fetched.
// A classic script with no imports, placed right after the Content-Security-Policy so it is the
// page's first request and runs before the module graph (it is a few hundred bytes); an external file,
// so the policy stays `script-src 'self'`.

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

/** index.html with the prefetch script (at `src`) right after its Content-Security-Policy. */
export function withPrefetch(html: string, src: string): string {
  const m = CSP_META.exec(html);
  if (!m)
    throw new Error("index.html: no Content-Security-Policy meta element to place the prefetch script after");
  const at = m.index + m[0].length;
  return `${html.slice(0, at)}\n    <script src="${src}"></script>${html.slice(at)}`;
}
