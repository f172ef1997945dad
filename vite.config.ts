/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";
import { bundledDatasets } from "./scripts/build/datasets";
import { preloadCharts } from "./scripts/build/preloadCharts";

// index.html's Content-Security-Policy refuses inline scripts; the dev server injects one (React
// Fast Refresh), so only the dev server drops the policy. The build ships index.html as written.
const devWithoutCsp: Plugin = {
  name: "dev-without-csp",
  apply: "serve",
  transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/, ""),
};

// Relative base: the built app also works opened from a folder or a file share.
export default defineConfig({
  base: "./",
  plugins: [react(), devWithoutCsp, bundledDatasets(), preloadCharts()],
  worker: { format: "es" },
  build: {
    // Vite's 500 kB warning is about what a page downloads up front. Here the page's first download
    // is ≈360 kB (the overview; tests/e2e/smoke.spec.ts holds it to a budget); what exceeds 500 kB are
    // single libraries in lazy chunks that cannot be usefully split: exceljs (≈930 kB, on an Excel
    // export) and ECharts (≈620 kB, with the first chart).
    chunkSizeWarningLimit: 1000,
  },
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1" },
  test: {
    include: ["tests/**/*.test.{ts,tsx}"],
    exclude: ["tests/e2e/**", "node_modules/**"],
    environment: "node",
  },
});
