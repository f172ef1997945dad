// Everything that leaves the app, for a person to look at: the header at 1280/1366/1920 px with a
// county chosen, every chart panel's PNG (slide, 2×, 3×) and SVG, and every view printed to A4
// (page.pdf → pdftoppm, one PNG a page), on both bundled data sets. Serves an existing build.
//   npx vite build --outDir /tmp/look-dist && node scripts/look-exports.mjs
// Env: LOOK_DIST (build dir, default /tmp/look-dist), LOOK_PORT (4313), LOOK_OUT (/tmp/look),
// LOOK_ONLY (substring filter: header, png, svg, print, or a view name). Decks: scripts/render-deck.sh.
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath, waitForServer } from "./chromium.mjs";

const dist = process.env.LOOK_DIST ?? "/tmp/look-dist";
const port = Number(process.env.LOOK_PORT ?? 4313);
const out = process.env.LOOK_OUT ?? "/tmp/look";
const only = process.env.LOOK_ONLY ?? "";
const base = `http://127.0.0.1:${port}/`;
const want = (name) => only === "" || name.includes(only);

const CHART_VIEWS = ["overview", "trends", "ranking", "completeness", "shortcomings"];
const PRINT_VIEWS = [...CHART_VIEWS, "table", "dictionary"];
const DATASETS = [
  { id: "samples", hash: "ds=samples&county=城口县" },
  { id: "demo", hash: "ds=demo" },
];

async function open(page, hash) {
  await page.goto(`${base}#${hash}`);
  await page.locator("[data-testid=app-ready]").waitFor({ state: "attached", timeout: 30_000 });
  await page.waitForTimeout(800);
}

async function download(page, click) {
  const [dl] = await Promise.all([page.waitForEvent("download", { timeout: 30_000 }), click()]);
  return dl;
}

mkdirSync(out, { recursive: true });
const server = spawn(
  "npx",
  ["vite", "preview", "--host", "127.0.0.1", "--port", String(port), "--strictPort", "--outDir", dist],
  { stdio: "ignore", detached: true },
);
try {
  await waitForServer(base);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });

  if (want("header")) {
    for (const width of [1280, 1366, 1920]) {
      const page = await browser.newPage({ viewport: { width, height: 800 }, locale: "zh-CN" });
      // The samples with every county (the widest select) and with one chosen; the demo county.
      for (const [id, hash] of [["samples-all", "ds=samples"], ...DATASETS.map((d) => [d.id, d.hash])]) {
        await open(page, `view=overview&${hash}`);
        await page.screenshot({
          path: `${out}/header-${id}-${width}.png`,
          clip: { x: 0, y: 0, width, height: 140 },
        });
      }
      await page.close();
    }
  }

  const page = await browser.newPage({
    viewport: { width: 1366, height: 768 },
    locale: "zh-CN",
    acceptDownloads: true,
  });
  page.on("console", (m) => m.type() === "error" && console.error(`[console] ${m.text()}`));
  for (const ds of DATASETS) {
    for (const view of CHART_VIEWS) {
      if (!(want("png") || want("svg") || want(view))) continue;
      await open(page, `view=${view}&${ds.hash}`);
      const menus = page.locator("[data-testid=chart-export]");
      const n = await menus.count();
      for (let i = 0; i < n; i++) {
        for (const choice of ["png-slide", "png-2x", "png-3x", "svg"]) {
          if (!(want(choice.slice(0, 3)) || want(view))) continue;
          const menu = menus.nth(i);
          const dl = await download(page, async () => {
            await menu.locator(".xp-button").first().click();
            await menu.locator(`[data-choice="${choice}"]`).click();
          });
          const name = `${ds.id}-${view}-${i}-${choice}-${dl.suggestedFilename()}`;
          await dl.saveAs(`${out}/${name}`);
          console.log(name);
        }
      }
    }
  }

  for (const ds of DATASETS) {
    for (const view of PRINT_VIEWS) {
      if (!(want("print") || want(view))) continue;
      await open(page, `view=${view}&${ds.hash}`);
      await page.emulateMedia({ media: "print" });
      const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true, printBackground: true });
      await page.emulateMedia({ media: "screen" });
      const file = `${out}/print-${ds.id}-${view}.pdf`;
      writeFileSync(file, pdf);
      execFileSync("pdftoppm", ["-png", "-r", "60", file, `${out}/print-${ds.id}-${view}`]);
      console.log(file);
    }
  }
  await browser.close();
} finally {
  process.kill(-server.pid);
}
