import { resolve } from "node:path";
import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "../../scripts/chromium.mjs";

// Browser tests run the BUILT app (vite preview) in Debian's Chromium, never a downloaded browser.
// E2E_PORT and E2E_OUTDIR let several checkouts or engineers run this side by side.
const port = Number(process.env.E2E_PORT ?? 4173);
// Playwright runs the web server from this config's folder, so both the server's working directory
// and the build folder are pinned to the repository root.
const root = resolve(import.meta.dirname, "../..");
const outDir = resolve(root, process.env.E2E_OUTDIR ?? "dist");

export default defineConfig({
  // tests/e2e (journeys) and tests/hostile (attacks on the running app) are both browser tests.
  testDir: "..",
  testMatch: /(e2e|hostile)\/.*\.spec\.ts$/,
  // One results folder per port, so two runs side by side do not overwrite each other's files.
  outputDir: `../../test-results/${port}`,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1366, height: 768 },
    locale: "zh-CN",
    acceptDownloads: true,
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir "${outDir}"`,
    cwd: root,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
