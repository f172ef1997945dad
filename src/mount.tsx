// React's half of the boot: mounts the shell — once, with the first chart's data and code in hand (see
// firstScreen below). main.tsx imports this module after the boot has drawn the first chart (or found
// that React is to draw it), so React DOM's evaluation and first render come after that chart.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { flushSync } from "react-dom";
import { App } from "./App";
import { loadEChart } from "./charts";
import type { DashStore } from "./store";
import { DATASET_SOURCES, startPrefetch } from "./views";

/** Resolves when the chosen data set has loaded or failed (not while it is loading). */
function datasetSettled(store: DashStore): Promise<void> {
  return new Promise((resolve) => {
    const settled = () => {
      const s = store.getState();
      return s.datasets[s.dataset]?.status !== "loading";
    };
    if (settled()) return resolve();
    const stop = store.subscribe(() => {
      if (!settled()) return;
      stop();
      resolve();
    });
  });
}

/**
 * The first screen in one React render: waiting for the data and the chart code (at most `waitMs`:
 * what is left of the boot's FIRST_SCREEN_WAIT_MS; a province's records take a second or more, and
 * then the shell shows its loading state) spares a render of the loading state, its layout, and a second render and
 * layout when the data arrives. A chart the boot drew is adopted in that render only if the chart
 * component is loaded by then (else its box would wait empty for it).
 */
function firstScreen(store: DashStore, waitMs: number): Promise<unknown> {
  const chart = loadEChart().catch(() => undefined); // a failure shows where the chart is drawn
  const wait = new Promise((r) => setTimeout(r, waitMs));
  return Promise.race([Promise.all([datasetSettled(store), chart]), wait]);
}

function render(): void {
  const root = document.getElementById("root");
  if (!root) throw new Error("#root missing from index.html");
  const reactRoot = createRoot(root);
  // Synchronously: the static first screen is replaced, and a chart the boot drew moved into its
  // box, in this task — no frame shows the page between them.
  flushSync(() =>
    reactRoot.render(
      <StrictMode>
        <App sources={DATASET_SOURCES} />
      </StrictMode>,
    ),
  );
}

/** Mounts the app once the first screen's data and chart code are in (or `waitMs` ran out). */
export async function mount(store: DashStore, waitMs: number): Promise<void> {
  await firstScreen(store, waitMs);
  render();
  startPrefetch(); // the other views' chunks, fetched in idle time after the first chart (views/prefetch.ts)
}
