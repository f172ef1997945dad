// What the province scripts (screenshots.ts, profile.ts) share: a build served by vite preview,
// and a page at 1366×768 that gets the generated province (2,000 townships × 5 years, fictional
// figures) in place of the demo data set's records file.
import { spawn } from "node:child_process";
import { chromium, type Browser, type Page } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "../chromium.mjs";
import { generateProvince } from "./generate";

/**
 * window.__switch(view) in the page: clicks the view's tab and answers the ms until it is ready as
 * the bench's switch is (bench/browser.ts timedView): the view visible, no visible loading box,
 * status or busy chart (a kept 数据表 stays in the page hidden), then two frames. A string, not a
 * function: tsx's helpers would not exist in the page.
 */
export const SWITCH_SCRIPT = `window.__switch = async (v) => {
  const ready = () => document.querySelector('[data-testid="view-' + v + '"]')?.checkVisibility() === true &&
    ![...document.querySelectorAll(".echart-loading, main [role=status], .echart[aria-busy=true]")]
      .some((e) => e.checkVisibility());
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  const t0 = performance.now();
  document.querySelector('[data-testid="tab-' + v + '"]').click();
  for (let k = 0; k < 3000 && !ready(); k++) await frame();
  await frame();
  await frame();
  return performance.now() - t0;
};`;

export interface Preview {
  base: string;
  browser: Browser;
  page: Page;
  close(): Promise<void>;
}

/** Serves `dist` on `port`, waits until it answers, opens a browser page that loads the province. */
export async function openProvincePreview(dist: string, port: number): Promise<Preview> {
  const file = generateProvince({ townships: 2000, years: [2020, 2021, 2022, 2023, 2024] });
  const records = JSON.stringify({ ...file, reports: file.reports.map(({ text: _t, ...r }) => r) });
  const base = `http://127.0.0.1:${port}/`;
  // Its own process group: killing npx alone left vite preview running (and the port taken).
  const server = spawn("npx", ["vite", "preview", "--outDir", dist, "--port", String(port), "--strictPort"], {
    stdio: "ignore",
    detached: true,
  });
  const stop = () => {
    if (server.pid !== undefined) process.kill(-server.pid, "SIGTERM");
  };
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
    return {
      base,
      browser,
      page,
      close: async () => {
        await browser.close();
        stop();
      },
    };
  } catch (err) {
    stop();
    throw err;
  }
}
