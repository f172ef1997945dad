// Entry: read the URL into the store, start loading the chosen data set and the chart code, then
// mount the shell — once, with the first chart's data and code in hand (see firstScreen below).
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { flushSync } from "react-dom";
import "./app.css";
import "./print.css";
import { App } from "./App";
import { loadEChart } from "./charts";
import { dashStore, startDatasetLoading, startUrlSync, type DashStore } from "./store";
import { DATASET_SOURCES, startPrefetch } from "./views";

/**
 * How long the first render waits for the data set and ECharts. Both are usually here within a few
 * tens of milliseconds of this script (the data file and the chart chunks download in parallel with
 * the entry); a province's records take a second or more, and then the shell shows its loading state
 * rather than a blank page.
 */
const FIRST_SCREEN_WAIT_MS = 400;

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
 * The first screen in one React render: waiting for the data and the chart code (at most
 * FIRST_SCREEN_WAIT_MS) spares a render of the loading state, its layout, and a second render and
 * layout when the data arrives — on the first chart that was a quarter of the app's lead over the
 * bench's floor page (docs/PERFORMANCE.md).
 */
function firstScreen(store: DashStore): Promise<unknown> {
  const chart = loadEChart().catch(() => undefined); // a failure shows where the chart is drawn
  const wait = new Promise((r) => setTimeout(r, FIRST_SCREEN_WAIT_MS));
  return Promise.race([Promise.all([datasetSettled(store), chart]), wait]);
}

// First run: no address hash opens the workspace — the user's own reports, or, while it is empty,
// the start screen. A link that names a data set (#ds=…) opens it as before.
const firstRun = window.location.hash.replace(/^#/, "") === "";
startUrlSync(dashStore, window);
if (firstRun) dashStore.getState().datasetChosen("workspace");
startDatasetLoading(dashStore, DATASET_SOURCES);

function mount(): void {
  const root = document.getElementById("root");
  if (!root) throw new Error("#root missing from index.html");
  const reactRoot = createRoot(root);
  // Synchronously: the first chart is drawn in this task, not in one the scheduler picks later.
  flushSync(() =>
    reactRoot.render(
      <StrictMode>
        <App sources={DATASET_SOURCES} />
      </StrictMode>,
    ),
  );
}
// Not a top-level await: the chart chunk imports React from this entry chunk, and a module still
// awaiting at its top level would hold that import until the wait ran out.
void firstScreen(dashStore).then(mount);
startPrefetch(); // the other views' chunks, fetched in idle time after the first chart (views/prefetch.ts)
