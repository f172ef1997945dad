// Entry: read the URL into the store, start loading the chosen data set, draw the overview's first
// chart before React (src/boot), then load and mount React (mount.tsx). This chunk holds no React DOM
// and no views: their evaluation and React's first render come after the first chart.
import "./app.css";
import "./print.css";
import { drawFirstChart, FIRST_SCREEN_WAIT_MS } from "./boot/firstChart";
import { dashStore, startDatasetLoading, startUrlSync } from "./store";
import { DATASET_SOURCES } from "./views/shell/sources";

// First run: no address hash opens the workspace — the user's own reports, or, while it is empty,
// the start screen. A link that names a data set (#ds=…) opens it as before.
const firstRun = window.location.hash.replace(/^#/, "") === "";
startUrlSync(dashStore, window);
if (firstRun) dashStore.getState().datasetChosen("workspace");
startDatasetLoading(dashStore, DATASET_SOURCES);

// Not a top-level await: the chart chunk imports React from this entry chunk, and a module still
// awaiting at its top level would hold that import until the boot was done.
// The first screen waits FIRST_SCREEN_WAIT_MS in all for the data and the chart code: what the boot
// waited is not waited again by the mount.
const start = performance.now();
void drawFirstChart(dashStore)
  .then(() => import("./mount"))
  .then((m) => m.mount(dashStore, Math.max(0, FIRST_SCREEN_WAIT_MS - (performance.now() - start))));
