// Screenshots of the workspace screens (start screen, import progress, 校对) at 1366×768 and
// 1920×1080, for a person to look at. Serves an existing build with vite preview.
//   npx vite build --outDir /tmp/e2e-dash && npx tsx scripts/screenshots-workspace.ts
// Env: SHOTS_DIST (build dir, default /tmp/e2e-dash), SHOTS_PORT (4313), SHOTS_OUT (/tmp/shots-ws).
import { spawn } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath, waitForServer } from "./chromium.mjs";

const dist = process.env.SHOTS_DIST ?? "/tmp/e2e-dash";
const port = Number(process.env.SHOTS_PORT ?? 4313);
const out = process.env.SHOTS_OUT ?? "/tmp/shots-ws";
const base = `http://127.0.0.1:${port}/`;
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

const demo = "data/demo/reports";
const stems = readdirSync(demo)
  .filter((f) => f.endsWith(".txt"))
  .sort();
const file = (name: string, times = 1) => ({
  name,
  mimeType: "text/plain",
  buffer: Buffer.from(readFileSync(join(demo, name), "utf8").repeat(times)),
});

mkdirSync(out, { recursive: true });
const server = spawn("npx", ["vite", "preview", "--outDir", dist, "--port", String(port), "--strictPort"], {
  stdio: "ignore",
  detached: true,
});
try {
  await waitForServer(base);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  for (const size of SIZES) {
    const tag = `${size.width}x${size.height}`;
    const context = await browser.newContext({ viewport: size, baseURL: base });
    const page = await context.newPage();
    await page.goto("./");
    await page.getByTestId("start-screen").waitFor();
    await page.screenshot({ path: `${out}/start-${tag}.png` });
    // A batch of long files, so the progress bar is on screen when the shot is taken.
    await page.getByTestId("import-files").setInputFiles(stems.slice(0, 24).map((s) => file(s, 30)));
    await page.getByTestId("import-progress").waitFor();
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `${out}/import-progress-${tag}.png` });
    await page.getByTestId("import-summary").waitFor({ timeout: 180_000 });
    await page.screenshot({ path: `${out}/import-summary-${tag}.png` });
    await page.getByTestId("import-show").click();
    await page.getByTestId("tab-review").click();
    await page.getByTestId("review-reviewer").fill("张三");
    await page.getByTestId("review-reviewer-save").click();
    await page.getByTestId("review-keys").waitFor();
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${out}/review-${tag}.png` });
    await context.close();
  }
  await browser.close();
} finally {
  if (server.pid) process.kill(-server.pid);
}
console.log(`screenshots in ${out}`);
