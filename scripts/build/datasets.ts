// Vite plugin: the bundled data sets ship as DATA, not as JavaScript modules. Each data set file
// (data/extracted/reports.json, data/demo/extracted/reports.json) is checked with the app's own
// boundary check (evidence against text — this is where the text is), then split into a records
// file (what the charts need) and a texts file (reached only by the evidence panel), both emitted
// as hashed assets. The app imports `virtual:datasets` for their URLs.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Plugin } from "vite";
import { parseDataset } from "../../src/data/parse";
import { SCHEMA_VERSION } from "../../src/data/types";

export interface BundledFile {
  id: string;
  path: string;
}

export const BUNDLED_FILES: BundledFile[] = [
  { id: "samples", path: "data/extracted/reports.json" },
  { id: "demo", path: "data/demo/extracted/reports.json" },
];

/** One data set file → its records file and its texts file (report id → text), as JSON strings. */
export function splitDatasetFile(json: unknown, where: string): { records: string; texts: string } {
  const parsed = parseDataset(json);
  if (!parsed.ok) throw new Error(`${where}: ${parsed.reason}`);
  const { id, label, fictional, reports } = parsed.data;
  const texts: Record<string, string> = {};
  const records = reports.map(({ text, ...record }) => {
    texts[record.id] = text;
    return record;
  });
  return {
    records: JSON.stringify({
      schemaVersion: SCHEMA_VERSION,
      dataset: id,
      label,
      fictional,
      reports: records,
    }),
    texts: JSON.stringify(texts),
  };
}

const VIRTUAL = "virtual:datasets";
const RESOLVED = `\0${VIRTUAL}`;
const hash = (s: string) => createHash("sha256").update(s).digest("hex").slice(0, 10);

/** Emits the split files; `inline` (the offline single file) puts them into the module instead. */
export function bundledDatasets(opts: { inline?: boolean } = {}): Plugin {
  let serve = false;
  const split = new Map<string, { records: string; texts: string }>();
  const get = (f: BundledFile) => {
    let s = split.get(f.id);
    if (!s) {
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
    load(id) {
      if (id !== RESOLVED) return null;
      const entries: Record<string, { records: string; texts: string }> = {};
      for (const f of BUNDLED_FILES) {
        this.addWatchFile(f.path);
        if (opts.inline) {
          // Inline as data: URLs so the same fetch path works from file://.
          const s = get(f);
          const url = (json: string) =>
            `data:application/json;base64,${Buffer.from(json).toString("base64")}`;
          entries[f.id] = { records: url(s.records), texts: url(s.texts) };
        } else if (serve) {
          entries[f.id] = {
            records: `/@datasets/${f.id}.records.json`,
            texts: `/@datasets/${f.id}.texts.json`,
          };
        } else {
          const s = get(f);
          const emit = (kind: string, source: string) => {
            const fileName = `assets/${f.id}.${kind}-${hash(source)}.json`;
            this.emitFile({ type: "asset", fileName, source });
            return fileName;
          };
          entries[f.id] = { records: emit("records", s.records), texts: emit("texts", s.texts) };
        }
      }
      return `export default ${JSON.stringify(entries)};`;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const m = /^\/@datasets\/(\w+)\.(records|texts)\.json$/.exec(req.url ?? "");
        const f = m && BUNDLED_FILES.find((x) => x.id === m[1]);
        if (!m || !f) return next();
        split.delete(f.id);
        res.setHeader("Content-Type", "application/json");
        res.end(get(f)[m[2] as "records" | "texts"]);
      });
    },
  };
}
