/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";
import { bundledDatasets } from "./scripts/build/datasets.ts";
import { offlineWorkers, pdfCmaps, singleFile } from "./scripts/build/offline.ts";
import { preloadCharts } from "./scripts/build/preloadCharts.ts";

// index.html's Content-Security-Policy refuses inline scripts; the dev server injects one (React
// Fast Refresh), so only the dev server drops the policy. The build ships index.html as written.
const devWithoutCsp: Plugin = {
  name: "dev-without-csp",
  apply: "serve",
  transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/, ""),
};

// Bureau PCs run old Chromium-based browsers; Chrome 109 is the last on Windows 7 (README). The
// lint (eslint-plugin-compat, browserslist in package.json) keeps the code to what it supports.
const TARGET = "chrome109";

// `vite build --mode offline` (npm run build:offline): one self-contained dist-offline/index.html
// that works opened from file:// (scripts/build/offline.ts says how).
export default defineConfig(({ mode }) => {
  const offline = mode === "offline";
  return {
    // Relative base: the built app works from any sub-path of a server, a folder or a file share.
    base: "./",
    plugins: [
      react(),
      devWithoutCsp,
      bundledDatasets({ inline: offline }),
      pdfCmaps({ inline: offline }),
      ...(offline ? [offlineWorkers(), singleFile()] : [preloadCharts()]),
    ],
    // Classic workers in the offline file: a module Worker from a blob: URL fails under file://.
    worker: { format: offline ? "iife" : "es", plugins: () => [pdfCmaps({ inline: offline })] },
    // The offline file carries no pdfjs/ folder: the CMaps it needs are inside it (pdfCmaps).
    publicDir: offline ? false : "public",
    build: {
      target: TARGET,
      // Vite's 500 kB warning is about what a page downloads up front. Here the page's first download
      // is ≈360 kB (the overview; tests/e2e/smoke.spec.ts holds it to a budget); what exceeds 500 kB are
      // single libraries in lazy chunks that cannot be usefully split: exceljs (≈930 kB, on an Excel
      // export) and ECharts (≈620 kB, with the first chart). The offline file is one file by design.
      chunkSizeWarningLimit: offline ? 20_000 : 1000,
      ...(offline && {
        outDir: "dist-offline",
        assetsInlineLimit: Number.MAX_SAFE_INTEGER,
        cssCodeSplit: false,
        modulePreload: false,
        rolldownOptions: { output: { codeSplitting: false } },
      }),
    },
    server: { host: "127.0.0.1" },
    preview: { host: "127.0.0.1" },
    test: {
      include: ["tests/**/*.test.{ts,tsx}"],
      exclude: ["tests/e2e/**", "node_modules/**"],
      environment: "node",
    },
  };
});
