// The offline single file (`npm run build:offline`), opened the way a clerk opens it: from file://.
// It shows the dashboard with data, opens evidence (texts inlined), exports a PNG, imports a .txt
// and a .pdf (the extraction Worker started from the page, pdf.js's Chinese CMaps inside it), keeps
// the workspace in IndexedDB across a reload — all under the file's own CSP with no violation and
// no request other than file:, data: and blob:. Built by scripts/e2e.mjs into `<E2E_OUTDIR>-offline`.
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "@playwright/test";
import { chooseExport, download } from "../hostile/browser";
import { textPdf } from "../io/pdf-fixture";
import { expect, guardedTest } from "./guarded";
import { demoText } from "./import-files";

const root = resolve(import.meta.dirname, "../..");
const file = resolve(root, `${process.env.E2E_OUTDIR ?? "dist"}-offline`, "index.html");
const fileUrl = pathToFileURL(file).href;
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const test = guardedTest((url) => /^(file|data|blob):/.test(url));
test.setTimeout(180_000);

async function open(page: Page, hash = "") {
  await page.goto(`${fileUrl}${hash ? `#${hash}` : ""}`);
  await page.locator("[data-testid=app-ready]").waitFor({ state: "attached", timeout: 30_000 });
}

test("one self-contained file: no reference to another file, its CSP names each inline script by hash", () => {
  const html = readFileSync(file, "utf8");
  expect(statSync(file).size).toBeLessThan(12_000_000);
  // Nothing loaded from beside the file: every src/href is a data: URL.
  const refs = [...html.matchAll(/\s(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
  expect(refs.filter((r) => !r?.startsWith("data:"))).toEqual([]);
  const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1] ?? "";
  const directives = new Map(
    csp.split(";").map((d) => {
      const [name = "", ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
  expect(directives.get("default-src")).toEqual(["'none'"]);
  expect(directives.get("connect-src")).toEqual(["'none'"]);
  expect(directives.get("worker-src")).toEqual(["blob:", "data:"]);
  expect(directives.get("object-src")).toEqual(["'none'"]);
  expect(directives.get("base-uri")).toEqual(["'none'"]);
  expect(directives.get("form-action")).toEqual(["'none'"]);
  const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? "");
  expect(scripts.length).toBeGreaterThan(0);
  const hashes = scripts.map((s) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`);
  expect(directives.get("script-src")).toEqual(hashes);
  expect(html).not.toContain("'unsafe-eval'");
});

test("from file://: dashboard with data, every view, evidence, PNG/PPTX/XLSX exports, a .txt and a .pdf import that survive a reload", async ({
  page,
}) => {
  await open(page, "ds=samples");
  const tile = page.getByTestId("tile-disputes_handled");
  await expect(tile).toBeVisible();
  await tile.getByTestId("tile-figure").first().click();
  await expect(page.getByTestId("evidence-mark").first()).toBeVisible();
  await page.getByTestId("evidence-close").click();

  for (const view of [
    "trends",
    "ranking",
    "completeness",
    "shortcomings",
    "table",
    "dictionary",
    "overview",
  ]) {
    await open(page, `view=${view}&ds=demo&county=示例县`);
    await expect(page.getByTestId(`view-${view}`)).toBeVisible();
  }
  // The deck (pptxgenjs) and the table's XLSX (exceljs) are zip files: "PK".
  await page.locator("[data-testid=briefing] .xp-button").click();
  const deck = await download(page, () =>
    page.locator('[data-testid=briefing] [data-choice="pptx"]').click(),
  );
  expect(deck.buf.subarray(0, 2).toString("latin1")).toBe("PK");
  await open(page, "view=table&ds=demo&county=示例县");
  const xlsx = await download(page, () => chooseExport(page, "[data-testid=table-export]", "xlsx"));
  expect(xlsx.buf.subarray(0, 2).toString("latin1")).toBe("PK");

  await open(page, "view=ranking&ds=demo&county=示例县");
  const png = await download(page, () =>
    chooseExport(page, "[data-testid=chart-ranking] [data-testid=chart-export]", "png-slide"),
  );
  expect([...png.buf.subarray(0, 8)]).toEqual(PNG);
  expect(png.buf.length).toBeGreaterThan(5_000);

  await open(page);
  await expect(page.getByTestId("start-screen")).toBeVisible();
  const lines = demoText("2024-fenglin")
    .split("\n")
    .filter((l) => l.trim() !== "");
  await page.getByTestId("import-files").setInputFiles([
    { name: "2024-bailu.txt", mimeType: "text/plain", buffer: Buffer.from(demoText("2024-bailu")) },
    { name: "2024-fenglin.pdf", mimeType: "application/pdf", buffer: Buffer.from(textPdf([lines])) },
  ]);
  const summary = page.getByTestId("import-summary");
  await expect(summary).toBeVisible({ timeout: 90_000 });
  await expect(summary).toContainText("新增 2 份报告");
  await expect(page.getByTestId("import-problems")).toHaveCount(0);

  // IndexedDB under file://: a reload opens the workspace with both reports.
  await open(page);
  await page.getByTestId("workspace-open").click();
  await expect(page.getByTestId("workspace-count")).toContainText("2");
});

test("an older copy meeting a database a newer copy upgraded says so, as for a newer workspace file", async ({
  page,
}) => {
  await open(page);
  await expect(page.getByTestId("start-screen")).toBeVisible();
  // What a newer copy of the file would leave behind: the same database at a higher version.
  await page.evaluate(
    () =>
      new Promise<void>((done, fail) => {
        const req = indexedDB.open("township-rule-of-law-workspace", 99);
        req.onsuccess = () => (req.result.close(), done());
        req.onerror = () => fail(new Error(String(req.error)));
      }),
  );
  // The page is not "ready" then: the workspace it opens on cannot be read, and it says why.
  await page.reload();
  await expect(page.getByTestId("load-error")).toContainText(
    "打开工作区失败：本机浏览器中的工作区由更新版本的程序保存（工作区版本 99，本程序只支持到版本 1）",
  );
});
