// The built index.html carries a Content-Security-Policy, and every view and every export works
// under it: no violation is reported and nothing is requested from another origin (the shared
// fixture fails a test on any off-origin request or console error).
import { expect, openApp, test } from "../e2e/fixtures";
import { chooseExport, download, installTraps, trapped } from "./browser";

test.setTimeout(240_000);

const DIRECTIVES = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

test("index.html carries the policy as a meta element", async ({ page }) => {
  await openApp(page);
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute("content", { timeout: 2_000 });
  const got = (csp ?? "").split(";").map((d) => d.trim().replace(/\s+/g, " "));
  for (const d of DIRECTIVES) expect(got).toContain(d);
  // 'self' and the hash of the build's one inline script, the data prefetch (scripts/build/prefetch.ts).
  expect(got.filter((d) => d.startsWith("script-src"))).toEqual([
    expect.stringMatching(/^script-src 'self' 'sha256-[\w+/]+=*'$/),
  ]);
});

test("the policy is enforced: an inline script is refused", async ({ page, guards }) => {
  await installTraps(page);
  await openApp(page);
  await page.evaluate(() => {
    const s = document.createElement("script");
    s.textContent = "window.__pwned = 'inline'";
    document.body.append(s);
  });
  await expect.poll(async () => (await trapped(page)).csp.length).toBeGreaterThan(0);
  expect((await trapped(page)).hits).toEqual([]);
  // Chromium reports the refusal on the console; that one error is the point of this test.
  expect(guards.consoleErrors.every((e) => /Content Security Policy/.test(e))).toBe(true);
  guards.consoleErrors.length = 0;
});

test("every view and export runs under the policy without a violation", async ({ page, guards }) => {
  await installTraps(page);
  for (const view of [
    "overview",
    "trends",
    "ranking",
    "completeness",
    "shortcomings",
    "table",
    "dictionary",
  ]) {
    await openApp(page, `view=${view}&ds=demo&county=示例县`);
    await expect(page.getByTestId(`view-${view}`)).toBeVisible();
  }
  await openApp(page, "view=ranking&ds=demo&county=示例县");
  const panel = "[data-testid=chart-ranking] [data-testid=chart-export]";
  for (const choice of ["png-slide", "svg"])
    expect((await download(page, () => chooseExport(page, panel, choice))).buf.length).toBeGreaterThan(1000);
  await openApp(page, "view=table&ds=demo&county=示例县");
  for (const choice of ["xlsx", "csv"])
    expect(
      (await download(page, () => chooseExport(page, "[data-testid=table-export]", choice))).buf.length,
    ).toBeGreaterThan(1000);
  await openApp(page, "view=overview&ds=demo&county=示例县");
  await page.locator("[data-testid=briefing] .xp-button").click();
  const deck = await download(page, () =>
    page.locator('[data-testid=briefing] [data-choice="pptx"]').click(),
  );
  expect(deck.buf.length).toBeGreaterThan(10_000);
  expect((await trapped(page)).csp).toEqual([]);
  expect(guards.foreignRequests).toEqual([]);
});
