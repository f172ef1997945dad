// Vite plugin: the bundled data sets ship as DATA, not as JavaScript modules. Each data set file is
// split (split.ts: checked at the boundary, then records apart from texts) and emitted as two hashed
// assets; the app imports `virtual:datasets` for their URLs. The offline single file (`inline`)
// carries the two JSON texts in the module instead, since a page opened from file:// cannot fetch.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { runnerImport, type Plugin } from "vite";
import type * as Split from "./split";
import { prefetchScript, withPrefetch } from "./prefetch.ts";

const VIRTUAL = "virtual:datasets";
const RESOLVED = `\0${VIRTUAL}`;
const hash = (s: string) => createHash("sha256").update(s).digest("hex").slice(0, 10);

type SplitFiles = { records: string; texts: string };

/**
 * split.ts imports the app's own boundary check from src/. Loaded through Vite's module runner at
 * build time rather than imported here: the config's import graph stays a few plain files (no
 * "configLoader native" warnings about src/'s extensionless imports), and src/ stays as it is.
 */
let splitModule: Promise<typeof Split> | null = null;
const loadSplit = () =>
  (splitModule ??= runnerImport<typeof Split>(fileURLToPath(new URL("./split.ts", import.meta.url)), {
    configFile: false,
    logLevel: "error",
  }).then((r) => r.module));

/** The data set a non-empty address without `ds=` opens (DEFAULT_VIEW in src/store/types.ts). */
export const DEFAULT_DATASET = "samples";

/**
 * Emits the split files; `inline` (the offline single file) puts their JSON into the module. The
 * normal build also writes the prefetch script (prefetch.ts) first into the page, inline, unless
 * `prefetch: false` (pages that are not the app).
 */
export function bundledDatasets(opts: { inline?: boolean; prefetch?: boolean } = {}): Plugin {
  let serve = false;
  let prefetchSource: string | null = null;
  const split = new Map<string, SplitFiles>();
  const get = async (f: Split.BundledFile): Promise<SplitFiles> => {
    let s = split.get(f.id);
    if (!s) {
      const { splitDatasetFile } = await loadSplit();
      s = splitDatasetFile(JSON.parse(readFileSync(f.path, "utf8")), f.path);
      split.set(f.id, s);
    }
    return s;
  };
  return {
    name: "bundled-datasets",
    configResolved(config) {
      serve = config.command === "serve";
    },
    resolveId: (id) => (id === VIRTUAL ? RESOLVED : null),
    load: {
      filter: { id: new RegExp(`^${RESOLVED}$`) },
      async handler() {
        const { BUNDLED_FILES } = await loadSplit();
        const entries: Record<string, { records: string; texts: string; inline?: true }> = {};
        for (const f of BUNDLED_FILES) {
          this.addWatchFile(f.path);
          if (opts.inline) {
            entries[f.id] = { ...(await get(f)), inline: true };
          } else if (serve) {
            entries[f.id] = {
              records: `/@datasets/${f.id}.records.json`,
              texts: `/@datasets/${f.id}.texts.json`,
            };
          } else {
            const s = await get(f);
            const emit = (kind: string, source: string) => {
              const fileName = `assets/${f.id}.${kind}-${hash(source)}.json`;
              this.emitFile({ type: "asset", fileName, source });
              return fileName;
            };
            entries[f.id] = { records: emit("records", s.records), texts: emit("texts", s.texts) };
          }
        }
        if (!opts.inline && !serve && opts.prefetch !== false) {
          const records = Object.fromEntries(
            Object.entries(entries).map(([id, e]) => [id, `./${e.records}`]),
          );
          prefetchSource = prefetchScript(records, DEFAULT_DATASET);
        }
        return `export default ${JSON.stringify(entries)};`;
      },
    },
    transformIndexHtml: {
      order: "post",
      handler: (html) => (prefetchSource ? withPrefetch(html, prefetchSource) : html),
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const m = /^\/@datasets\/(\w+)\.(records|texts)\.json$/.exec(req.url ?? "");
        if (!m) return next();
        void loadSplit()
          .then(async ({ BUNDLED_FILES }) => {
            const f = BUNDLED_FILES.find((x) => x.id === m[1]);
            if (!f) return next();
            split.delete(f.id);
            res.setHeader("Content-Type", "application/json");
            res.end((await get(f))[m[2] as "records" | "texts"]);
          })
          .catch(next);
      });
    },
  };
}
