// The browser-test step of `npm test`: make sure Chromium is there, build the app, run Playwright.
// Extra arguments go to Playwright (e.g. `npm run test:e2e -- dashboard.spec.ts`).
import { execFileSync } from "node:child_process";

const outDir = process.env.E2E_OUTDIR ?? "dist";
const run = (cmd, args) => execFileSync(cmd, args, { stdio: "inherit", env: process.env });

try {
  run("node", ["scripts/ensure-chromium.mjs"]);
  run("npx", ["vite", "build", "--logLevel", "warn", "--outDir", outDir, "--emptyOutDir"]);
  // The offline single file, for tests/e2e/offline.spec.ts (only when that spec runs).
  const specs = process.argv.slice(2).filter((a) => a.endsWith(".ts"));
  if (specs.length === 0 || specs.some((s) => s.includes("offline")))
    run("npx", [
      "vite",
      "build",
      "--mode",
      "offline",
      "--logLevel",
      "warn",
      "--outDir",
      `${outDir}-offline`,
      "--emptyOutDir",
    ]);
  run("npx", ["playwright", "test", "-c", "tests/e2e/playwright.config.ts", ...process.argv.slice(2)]);
} catch (err) {
  process.exit(typeof err.status === "number" ? err.status : 1);
}
