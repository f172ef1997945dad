// What the province scripts (screenshots.ts, profile.ts, switches.ts, scroll.ts) share: builds
// served by vite preview, and pages at 1366×768 that get the generated province (2,000 townships ×
// 5 years, fictional figures) in place of the demo data set's records file.
import { spawn } from "node:child_process";
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from "@playwright/test";
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

/** The generated province as the demo data set's records file (report texts left out). */
export function provinceRecords(): string {
  const file = generateProvince({ townships: 2000, years: [2020, 2021, 2022, 2023, 2024] });
  return JSON.stringify({ ...file, reports: file.reports.map(({ text: _t, ...r }) => r) });
}

/**
 * Serves each build in `dists` with vite preview on `port0`, `port0 + 1`…, and resolves once every
 * one answers; `stop()` ends them all (each its own process group: killing npx alone left vite
 * preview running, and the port taken).
 */
export async function servePreviews(dists: readonly string[], port0: number): Promise<{ stop(): void }> {
  const servers = dists.map((d, i) =>
    spawn("npx", ["vite", "preview", "--outDir", d, "--port", String(port0 + i), "--strictPort"], {
      stdio: "ignore",
      detached: true,
    }),
  );
  const stop = () => {
    for (const s of servers) if (s.pid !== undefined) process.kill(-s.pid, "SIGTERM");
  };
  try {
    for (let i = 0; i < dists.length; i++) {
      for (let k = 0; ; k++) {
        const up = await fetch(`http://127.0.0.1:${port0 + i}/`).then(
          (r) => r.ok,
          () => false,
        );
        if (up) break;
        if (k > 60) throw new Error(`vite preview of ${dists[i]} did not start`);
        await new Promise((r) => setTimeout(r, 500));
      }
    }
  } catch (err) {
    stop();
    throw err;
  }
  return { stop };
}

/** Serves the province's records in place of the demo data set's records file. */
export const routeProvince = async (page: Page, records: string): Promise<void> => {
  await page.route(/\/assets\/demo\.records-[\w-]+\.json$/, (route) =>
    route.fulfill({ contentType: "application/json", body: records }),
  );
};

/**
 * A fresh 1366×768 context on `base` with the province in place of the demo, window.__switch, the
 * first chart drawn; and a reader of the renderer main thread's CPU time in ms (CDP ThreadTime,
 * steadier under load than the wall clock).
 */
export async function openProvincePage(
  browser: Browser,
  base: string,
  records: string,
): Promise<{ ctx: BrowserContext; page: Page; cdp: CDPSession; threadTime: () => Promise<number> }> {
  const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await ctx.newPage();
  await routeProvince(page, records);
  await page.addInitScript(SWITCH_SCRIPT);
  await page.goto(`${base}#ds=demo`);
  await page.waitForFunction(() => performance.getEntriesByName("first-chart").length > 0, null, {
    timeout: 120_000,
  });
  const cdp = await ctx.newCDPSession(page);
  await cdp.send("Performance.enable", { timeDomain: "threadTicks" });
  const threadTime = async () => {
    const { metrics } = (await cdp.send("Performance.getMetrics")) as {
      metrics: { name: string; value: number }[];
    };
    return (metrics.find((m) => m.name === "ThreadTime")?.value ?? NaN) * 1000;
  };
  return { ctx, page, cdp, threadTime };
}

/**
 * Runs `visit` on a fresh province page of each build served from `port0` on (servePreviews),
 * `runs` times, the builds' order reversed every other run: interleaved A/B in one browser.
 */
export async function interleaved(
  dists: readonly string[],
  port0: number,
  runs: number,
  records: string,
  visit: (
    p: { browser: Browser; run: number; i: number } & Awaited<ReturnType<typeof openProvincePage>>,
  ) => Promise<void>,
): Promise<void> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    for (let run = 0; run < runs; run++) {
      const order = dists.map((_, i) => i);
      if (run % 2 === 1) order.reverse();
      for (const i of order) {
        const opened = await openProvincePage(browser, `http://127.0.0.1:${port0 + i}/`, records);
        try {
          await visit({ browser, run, i, ...opened });
        } finally {
          await opened.ctx.close();
        }
      }
    }
  } finally {
    await browser.close();
  }
}

export interface Preview {
  base: string;
  browser: Browser;
  page: Page;
  close(): Promise<void>;
}

/** Serves `dist` on `port`, waits until it answers, opens a browser page that loads the province. */
export async function openProvincePreview(dist: string, port: number): Promise<Preview> {
  const records = provinceRecords();
  const { stop } = await servePreviews([dist], port);
  try {
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await routeProvince(page, records);
    return {
      base: `http://127.0.0.1:${port}/`,
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
