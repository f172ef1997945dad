// A Playwright test whose page fails it on a console error, a page error, a Content-Security-Policy
// violation or a request the test does not allow — for pages not served by the suite's preview
// server (the offline file from file://, the build under a sub-path), where fixtures.ts's origin
// check does not apply.
import { test as base, expect, type Page } from "@playwright/test";

export interface Seen {
  errors: string[];
  requests: string[];
}

export function guardedTest(allowed: (url: string) => boolean) {
  return base.extend<{ seen: Seen }>({
    seen: [
      async ({ page }, use) => {
        const seen: Seen = { errors: [], requests: [] };
        await page.addInitScript(() => {
          const w = window as unknown as { __csp: string[] };
          w.__csp = [];
          document.addEventListener("securitypolicyviolation", (e) =>
            w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
          );
        });
        page.on("console", (m) => void (m.type() === "error" && seen.errors.push(m.text())));
        page.on("pageerror", (e) => void seen.errors.push(String(e)));
        page.context().on("request", (r) => {
          if (!allowed(r.url())) seen.requests.push(r.url());
        });
        await use(seen);
        expect(seen.errors, "console errors").toEqual([]);
        expect(seen.requests, "requests not allowed").toEqual([]);
        expect(await violations(page), "CSP violations").toEqual([]);
      },
      { auto: true },
    ],
  });
}

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []).catch(() => []);

export { expect };
