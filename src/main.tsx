// Entry: read the URL into the store, start loading the chosen data set, mount the shell.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "./app.css";
import "./print.css";
import { App } from "./App";
import { dashStore, startDatasetLoading, startUrlSync } from "./store";
import { DATASET_SOURCES, startPrefetch } from "./views";

// First run: no address hash opens the workspace — the user's own reports, or, while it is empty,
// the start screen. A link that names a data set (#ds=…) opens it as before.
const firstRun = window.location.hash.replace(/^#/, "") === "";
startUrlSync(dashStore, window);
if (firstRun) dashStore.getState().datasetChosen("workspace");
startDatasetLoading(dashStore, DATASET_SOURCES);

const root = document.getElementById("root");
if (!root) throw new Error("#root missing from index.html");
createRoot(root).render(
  <StrictMode>
    <App sources={DATASET_SOURCES} />
  </StrictMode>,
);
startPrefetch(); // the other views' chunks, fetched in idle time after the first chart (views/prefetch.ts)
