// The normal build deployed under a sub-path of a server (an intranet site's /some/sub/path/): a
// plain static server that serves the built folder there and nothing at its root. The dashboard
// loads its data, opens evidence (the texts file), and imports a PDF (the extraction Worker and
// pdf.js's CMaps under pdfjs/) — every request stays under the sub-path.
import { createServer, type Server } from "node:http";
import { readFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { extname, resolve, sep } from "node:path";
import { textPdf } from "../io/pdf-fixture";
import { expect, guardedTest } from "./guarded";
import { demoText } from "./import-files";

const root = resolve(import.meta.dirname, "../..");
const outDir = resolve(root, process.env.E2E_OUTDIR ?? "dist");
const PREFIX = "/some/sub/path/";
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
};

let server: Server;
let base = "";
const outside: string[] = [];

const test = guardedTest((url) => /^(data|blob):/.test(url) || url.startsWith(base));
test.setTimeout(120_000);

test.beforeAll(async () => {
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    if (!path.startsWith(PREFIX)) {
      outside.push(path);
      res.writeHead(404).end();
      return;
    }
    const rest = path.slice(PREFIX.length);
    const target = resolve(outDir, rest === "" || rest.endsWith("/") ? `./${rest}index.html` : `./${rest}`);
    if (!target.startsWith(outDir + sep)) return void res.writeHead(403).end();
    readFile(target).then(
      (body) =>
        res
          .writeHead(200, { "Content-Type": TYPES[extname(target)] ?? "application/octet-stream" })
          .end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}${PREFIX}`;
});

test.afterAll(async () => {
  await new Promise((done) => server.close(done));
});

test("served under /some/sub/path/: data, evidence and a PDF import, nothing requested outside it", async ({
  page,
}) => {
  await page.goto(`${base}#ds=samples`);
  const tile = page.getByTestId("tile-disputes_handled");
  await expect(tile).toBeVisible({ timeout: 30_000 });
  await tile.getByTestId("tile-figure").first().click();
  await expect(page.getByTestId("evidence-mark").first()).toBeVisible();
  await page.getByTestId("evidence-close").click();

  await page.goto(base);
  await expect(page.getByTestId("start-screen")).toBeVisible();
  const lines = demoText("2024-fenglin")
    .split("\n")
    .filter((l) => l.trim() !== "");
  await page
    .getByTestId("import-files")
    .setInputFiles([
      { name: "2024-fenglin.pdf", mimeType: "application/pdf", buffer: Buffer.from(textPdf([lines])) },
    ]);
  const summary = page.getByTestId("import-summary");
  await expect(summary).toBeVisible({ timeout: 90_000 });
  await expect(summary).toContainText("新增 1 份报告");
  expect(outside).toEqual([]);
});
