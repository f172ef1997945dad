// Where Debian's Chromium lives and how the tests start it. Shared by the Playwright config,
// the screenshot script and ensure-chromium.mjs so the flags are written once.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";

export const CHROMIUM_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  // Chromium 156's own omnibox popup is a web page (chrome://omnibox-popup.top-chrome/, ~170 files
  // and a Lit app in a renderer of its own) that headless Chromium loads for a new window: with a
  // fresh context per load, as the bench takes them, it ran beside 4–6 of 10 page loads on this
  // 2-core machine and took their CPU. Nothing of the app's or the floor page's work.
  // tests/e2e/chromium-flags.spec.ts fails if it comes back (a renamed feature, say).
  "--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup,OmniboxEverywhereComposebox",
];

/** The Chromium executable: $CHROMIUM_PATH, else the first Debian location that exists. */
export function chromiumPath() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p)) ?? CHROMIUM_CANDIDATES[0];
}

/** Resolves once `url` answers 200 (a preview server the script started); throws after `tries` × 0.5 s. */
export async function waitForServer(url, tries = 60) {
  for (let i = 0; i < tries; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`preview server did not start at ${url}`);
}

/**
 * Serves a build folder with `vite preview` on 127.0.0.1:`port` (its own process group, so
 * `process.kill(-server.pid)` stops it and its children) and resolves once it answers.
 */
export async function startPreview(dist, port) {
  const server = spawn(
    "npx",
    ["vite", "preview", "--host", "127.0.0.1", "--port", String(port), "--strictPort", "--outDir", dist],
    { stdio: "ignore", detached: true },
  );
  await waitForServer(`http://127.0.0.1:${port}/`);
  return server;
}
