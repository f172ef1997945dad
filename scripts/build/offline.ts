// Vite plugins for the offline single file (`npm run build:offline` → dist-offline/index.html), a
// page a clerk opens from a folder or a USB stick by double-click (file://). There a page can fetch
// nothing, a module Worker from a blob: URL fails silently and every file:// page shares one
// origin. So everything goes into the one HTML file:
//   - workers start as classic Workers from a blob: URL (data: if a blob cannot be made), their code
//     inlined in the page's script (offlineWorkers, with worker.format "iife" in vite.config.ts);
//   - pdf.js's CMaps for Chinese (GB) travel inside the extraction Worker (pdfCmaps);
//   - the page's script and styles are inlined, and the page's CSP allows exactly those scripts
//     by their sha256, workers from blob:/data:, and no network at all (singleFile).
// The data sets (datasets.ts, `inline`) and the division list (a dynamic import, inlined with
// code splitting off) need nothing more.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import type { Plugin, Rollup } from "vite";

/**
 * `new Worker(new URL("./x.worker.ts", import.meta.url), { type: "module" })` in the app's code
 * becomes Vite's inline worker (`./x.worker.ts?worker&inline`): classic with worker.format "iife".
 */
export function offlineWorkers(): Plugin {
  const pattern =
    /new Worker\(\s*new URL\(\s*("\.{1,2}\/[\w./-]+\.worker\.ts")\s*,\s*import\.meta\.url\s*\)\s*,\s*\{\s*type:\s*"module"\s*\}\s*\)/g;
  return {
    name: "offline-workers",
    enforce: "pre",
    apply: "build",
    transform: {
      filter: { id: /\/src\/.*\.tsx?$/, code: "new Worker(" },
      handler(code) {
        const imports: string[] = [];
        const out = code.replace(pattern, (_m, spec: string) => {
          const name = `__offlineWorker${imports.length}`;
          imports.push(
            `import ${name} from ${JSON.stringify(`${JSON.parse(spec) as string}?worker&inline`)};`,
          );
          return `${name}()`;
        });
        if (imports.length === 0) return null;
        return { code: `${imports.join("\n")}\n${out}`, map: null };
      },
    },
  };
}

const CMAP_DIR = "public/pdfjs/cmaps/";
/** The simplified-Chinese CMaps (Adobe-GB1 and the GB encodings), about 380 kB of the 1.7 MB. */
export const CHINESE_CMAP = /GB/;

/**
 * `virtual:pdf-cmaps`: null in the served app (the Worker fetches CMaps from the app's origin);
 * in the offline file, file name → base64 of each simplified-Chinese CMap.
 */
export function pdfCmaps(opts: { inline: boolean }): Plugin {
  const VIRTUAL = "virtual:pdf-cmaps";
  return {
    name: "pdf-cmaps",
    resolveId: (id) => (id === VIRTUAL ? `\0${VIRTUAL}` : null),
    load(id) {
      if (id !== `\0${VIRTUAL}`) return null;
      if (!opts.inline) return "export default null;";
      const files: Record<string, string> = {};
      for (const name of readdirSync(CMAP_DIR).sort()) {
        if (!name.endsWith(".bcmap") || !CHINESE_CMAP.test(name)) continue;
        this.addWatchFile(CMAP_DIR + name);
        files[name] = readFileSync(CMAP_DIR + name).toString("base64");
      }
      return `export default ${JSON.stringify(files)};`;
    },
  };
}

/** The page's policy: its own inline scripts by hash, nothing fetched, workers from blob:/data:. */
export function offlineCsp(scriptHashes: readonly string[]): string {
  return [
    "default-src 'none'",
    `script-src ${scriptHashes.map((h) => `'${h}'`).join(" ")}`,
    // ECharts tooltips are HTML with style attributes; the page's CSS is an inline <style>.
    "style-src 'unsafe-inline'",
    "img-src data: blob:",
    "font-src data:",
    "connect-src 'none'",
    "worker-src blob: data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

/** sha256 of an inline script as the browser hashes it (its text, UTF-8). */
export const scriptHash = (text: string): string =>
  `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;

/**
 * Makes code safe to sit between <script> and </script>. The HTML parser ends a script at the first
 * "</script" — inside JavaScript strings, templates, regular expressions and comments "<\/script"
 * reads the same — and turns CR LF into LF (which JavaScript does too, wherever CR may stand).
 */
export function inlineScriptText(code: string): string {
  if (code.includes("\0")) throw new Error("offline build: a NUL character in the script cannot be inlined");
  const text = code.replace(/\r\n?/g, "\n").replace(/<\/(script)/gi, "<\\/$1");
  if (endsDoubleEscaped(text))
    throw new Error("offline build: '<!--' then '<script' in the script would swallow its </script> tag");
  return text;
}

/**
 * The HTML parser's script-data states: after "<!--", a "<script" enters the "double escaped"
 * state, which a "</script>" only leaves for the escaped one and "-->" leaves for plain data. A
 * script whose text ends double-escaped would run past its closing tag.
 */
export function endsDoubleEscaped(text: string): boolean {
  let state: "data" | "escaped" | "double" = "data";
  for (const [token] of text.matchAll(/<!--|-->|<\/?script(?=[\t\n\f\r />])/gi)) {
    const t = token.toLowerCase();
    if (t === "-->") state = "data";
    else if (t === "<!--") state = state === "data" ? "escaped" : state;
    else if (t === "<script" && state === "escaped") state = "double";
    else if (t === "</script" && state === "double") state = "escaped";
  }
  return state === "double";
}

type OutputBundle = Rollup.OutputBundle;

/** Inlines the entry script and the CSS into index.html, drops every other file, sets the CSP. */
export function singleFile(): Plugin {
  return {
    name: "offline-single-file",
    enforce: "post",
    apply: "build",
    generateBundle: {
      order: "post",
      handler(_options, bundle: OutputBundle) {
        const page = bundle["index.html"];
        if (page?.type !== "asset") throw new Error("offline build: no index.html in the bundle");
        let html = String(page.source);
        const hashes: string[] = [];
        for (const [fileName, item] of Object.entries(bundle)) {
          if (fileName === "index.html") continue;
          const tag = new RegExp(
            `<(script|link)\\b[^>]*?(src|href)="\\./${escapeRe(fileName)}"[^>]*>(</script>)?`,
          );
          const found = tag.exec(html);
          if (item.type === "chunk") {
            if (!found || !item.isEntry)
              throw new Error(`offline build: ${fileName} is not the page's one script (code splitting?)`);
            const text = inlineScriptText(item.code);
            hashes.push(scriptHash(text));
            html = html.replace(found[0], () => `<script type="module">${text}</script>`);
          } else if (fileName.endsWith(".css")) {
            if (!found) throw new Error(`offline build: ${fileName} is not linked from the page`);
            const css = String(item.source).replace(/<\/(style)/gi, "<\\/$1");
            html = html.replace(found[0], () => `<style>${css}</style>`);
          } else {
            throw new Error(`offline build: ${fileName} would be a second file (inline it)`);
          }
          delete bundle[fileName];
        }
        const csp = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")[^"]*(")/;
        if (!csp.test(html)) throw new Error("offline build: index.html has no CSP meta element");
        html = html.replace(csp, (_m, a: string, b: string) => `${a}${offlineCsp(hashes)}${b}`);
        page.source = html;
      },
    },
  };
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
