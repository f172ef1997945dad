// Screenshots of the dashboard at province scale (the generated province, 2,000 townships × 5
// years, served in place of the demo data set's records file) at 1366×768, for a person to look at:
// nothing drawn off the canvas, readable Chinese. Serves an existing build with vite preview.
//   npx vite build --outDir dist-scale && npx tsx scripts/province/screenshots.ts
// Env: SHOTS_DIST (default dist-scale), SHOTS_PORT (4313), SHOTS_OUT (/tmp/shots-province).
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "../chromium.mjs";
import { generateProvince } from "./generate";

const dist = process.env.SHOTS_DIST ?? "dist-scale";
const port = Number(process.env.SHOTS_PORT ?? 4313);
const out = process.env.SHOTS_OUT ?? "/tmp/shots-province";
const base = `http://127.0.0.1:${port}/`;

const SHOTS: [string, string][] = [
  ["levels", "view=levels&ds=demo"],
  ["levels-city", "view=levels&ds=demo&city=4103"],
  ["ranking", "view=ranking&ds=demo"],
  ["ranking-city", "view=ranking&ds=demo&city=4103"],
  ["trends", "view=trends&ds=demo"],
  ["completeness", "view=completeness&ds=demo"],
  ["shortcomings", "view=shortcomings&ds=demo"],
  ["table", "view=table&ds=demo"],
];

const file = generateProvince({ townships: 2000, years: [2020, 2021, 2022, 2023, 2024] });
const records = JSON.stringify({ ...file, reports: file.reports.map(({ text: _t, ...r }) => r) });

mkdirSync(out, { recursive: true });
const server = spawn("npx", ["vite", "preview", "--outDir", dist, "--port", String(port), "--strictPort"], {
  stdio: "ignore",
});
try {
  for (let i = 0; ; i++) {
    const up = await fetch(base).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (i > 60) throw new Error("vite preview did not start");
    await new Promise((r) => setTimeout(r, 500));
  }
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.route(/\/assets\/demo\.records-[\w-]+\.json$/, (route) =>
    route.fulfill({ contentType: "application/json", body: records }),
  );
  for (const [name, hash] of SHOTS) {
    await page.goto(`${base}#${hash}`);
    await page.locator("[data-testid=app-ready]").waitFor({ state: "attached", timeout: 120_000 });
    await page.waitForFunction(
      () => !document.querySelector(".echart-loading") && !document.querySelector("main [role=status]"),
      null,
      { timeout: 120_000 },
    );
    await page.waitForTimeout(800);
    await page.screenshot({ path: `${out}/${name}.png` });
    console.log(`${out}/${name}.png`);
  }
  await browser.close();
} finally {
  server.kill();
}
