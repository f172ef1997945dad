// The browser the tests and `npm run bench` start (scripts/chromium.mjs) loads the pages it is
// given and nothing of its own beside them: Chromium's omnibox popup, a web page of its own
// (chrome://omnibox-popup.top-chrome/), used to load beside a fresh context's first page and take
// the CPU a timed page load was measured with.
import { test as base, expect } from "@playwright/test";

base(
  "a fresh context's page loads without Chromium's own web pages loading beside it",
  async ({ browser, baseURL }) => {
    base.setTimeout(90_000); // eight fresh contexts, each traced
    const seen: string[] = [];
    for (let i = 0; i < 8; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await browser.startTracing(page, { categories: ["devtools.timeline", "loading"] });
      await page.goto(`${baseURL}#ds=samples`);
      await expect(page.getByTestId("app-ready")).toBeAttached();
      await page.waitForTimeout(300);
      const trace = (await browser.stopTracing()).toString();
      seen.push(...new Set(trace.match(/chrome:\/\/[\w.-]+/g) ?? []));
      await context.close();
    }
    // chrome://resources etc. are what such a page loads; the app never asks for any of them.
    expect([...new Set(seen)]).toEqual([]);
  },
);
