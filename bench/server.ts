// The bench's static server on 127.0.0.1: mounts (URL prefix → folder) and overrides (an exact
// path → bytes), so one build serves the samples, a county and a province under different prefixes
// with the demo data set's files replaced.
import { createServer, type Server } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".mjs": "text/javascript",
  ".wasm": "application/wasm",
};

export interface Mount {
  prefix: string;
  dir: string;
  /** Path inside the mount → body served instead of the file. */
  overrides?: Map<string, Buffer | string>;
}

export function serve(port: number, mounts: Mount[], extra: Map<string, Buffer | string>): Promise<Server> {
  const server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent((req.url ?? "/").split("?")[0] ?? "/");
      const direct = extra.get(path);
      if (direct !== undefined) {
        res.writeHead(200, { "Content-Type": TYPES[extname(path)] ?? "application/octet-stream" });
        res.end(direct);
        return;
      }
      const m = mounts.find((x) => path.startsWith(x.prefix));
      if (!m) {
        res.writeHead(404).end();
        return;
      }
      let rel = path.slice(m.prefix.length) || "index.html";
      if (rel.endsWith("/")) rel += "index.html";
      const body = m.overrides?.get(rel);
      const type = TYPES[extname(rel)] ?? "application/octet-stream";
      if (body !== undefined) {
        res.writeHead(200, { "Content-Type": type, "Cache-Control": "no-store" });
        res.end(body);
        return;
      }
      const file = normalize(join(m.dir, rel));
      if (!file.startsWith(normalize(m.dir))) {
        res.writeHead(403).end();
        return;
      }
      try {
        const data = await readFile(file);
        res.writeHead(200, { "Content-Type": type, "Cache-Control": "no-store" });
        res.end(data);
      } catch {
        res.writeHead(404).end();
      }
    })();
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve(server));
  });
}
