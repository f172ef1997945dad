// Screenshots of every dashboard view, on both data sets, at 1366×768 and 1920×1080, for a person
// to look at (clipping, overlap, unreadable Chinese). Serves an existing build with vite preview.
//   npx vite build --outDir /tmp/e2e-dash && node scripts/screenshots.mjs
// Env: SHOTS_DIST (build dir, default /tmp/e2e-dash), SHOTS_PORT (4312), SHOTS_OUT (/tmp/shots),
// SHOTS_ONLY (substring filter on the shot name).
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath, startPreview } from "./chromium.mjs";

const dist = process.env.SHOTS_DIST ?? "/tmp/e2e-dash";
const port = Number(process.env.SHOTS_PORT ?? 4312);
const out = process.env.SHOTS_OUT ?? "/tmp/shots";
const only = process.env.SHOTS_ONLY ?? "";
const base = `http://127.0.0.1:${port}/`;

const VIEWS = ["overview", "trends", "ranking", "completeness", "shortcomings", "table", "dictionary"];
const DATASETS = ["samples", "demo"];
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];
// Extra states worth seeing: an open evidence panel, a highlighted township.
const EXTRA = [
  {
    name: "demo-trends-highlight",
    hash: "view=trends&ds=demo&indicator=publicity_events",
    click: "highlight",
  },
  { name: "demo-ranking-evidence", hash: "view=ranking&ds=demo", click: "evidence" },
];

mkdirSync(out, { recursive: true });
const server = await startPreview(dist, port);
try {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: size, locale: "zh-CN" });
    page.on("console", (m) => m.type() === "error" && console.error(`[console] ${m.text()}`));
    const shots = [
      ...DATASETS.flatMap((ds) => VIEWS.map((v) => ({ name: `${ds}-${v}`, hash: `view=${v}&ds=${ds}` }))),
      ...EXTRA,
    ];
    for (const shot of shots) {
      const name = `${shot.name}-${size.width}x${size.height}`;
      if (only && !name.includes(only)) continue;
      await page.goto(`${base}#${shot.hash}`);
      await page.reload();
      await page.locator("[data-testid=app-ready]").waitFor({ state: "attached", timeout: 20000 });
      // Views and ECharts are lazy chunks: wait until no chart still says it is loading.
      await page.waitForFunction(() => !document.querySelector(".echart-loading"), null, { timeout: 20000 });
      if (shot.click === "highlight") await page.locator(".picker-hl").nth(1).click();
      if (shot.click === "evidence")
        await page
          .locator("[data-testid=ranking-missing] .chip, .tile-figure")
          .first()
          .click()
          .catch(() => {});
      await page.waitForTimeout(700);
      await page.screenshot({ path: `${out}/${name}.png` });
      console.log(`${out}/${name}.png`);
    }
    await page.close();
  }
  await browser.close();
} finally {
  process.kill(-server.pid);
}
