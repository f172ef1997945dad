// Shared fixture for every browser test: fails the test on any console error, uncaught page
// error, or request to another origin (report data must never leave the machine).
import { test as base, expect, type Page } from "@playwright/test";

export interface PageGuards {
  consoleErrors: string[];
  foreignRequests: string[];
}

export const test = base.extend<{ guards: PageGuards }>({
  guards: [
    async ({ page, context, baseURL }, use) => {
      const origin = new URL(baseURL ?? "http://127.0.0.1/").origin;
      const guards: PageGuards = { consoleErrors: [], foreignRequests: [] };
      // Test hooks (window.__charts…) exist only when asked for before the page loads (EChart.tsx);
      // set on the context, so pages a test opens itself (a copied link) have them too.
      await context.addInitScript(() => {
        (window as { __dashTestHooks?: boolean }).__dashTestHooks = true;
      });
      page.on("console", (msg) => {
        if (msg.type() === "error") guards.consoleErrors.push(msg.text());
      });
      // The stack, not only the message: a rare error (a flake) can then be traced to its code.
      page.on("pageerror", (err) => guards.consoleErrors.push(err.stack ?? String(err)));
      page.on("request", (req) => {
        const url = req.url();
        if (/^(data|blob|about):/.test(url)) return;
        if (new URL(url).origin !== origin) guards.foreignRequests.push(url);
      });
      await use(guards);
      expect(guards.consoleErrors, "console errors").toEqual([]);
      expect(guards.foreignRequests, "requests outside the app's origin").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Opens the app at a hash route and waits until the shell has rendered. With no hash it opens the
 * sample reports: a bare address opens the (empty) workspace's start screen instead.
 */
export async function openApp(page: Page, hash = "ds=samples"): Promise<void> {
  await page.goto(`./#${hash.replace(/^#/, "") || "ds=samples"}`);
  await page.locator("[data-testid=app-ready]").waitFor({ state: "attached" });
}
