// Entry: read the URL into the store, start loading the chosen data set, mount the shell.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "./app.css";
import { App } from "./App";
import { dashStore, startDatasetLoading, startUrlSync } from "./store";
import { DATASET_SOURCES } from "./views";

startUrlSync(dashStore, window);
startDatasetLoading(dashStore, DATASET_SOURCES);

const root = document.getElementById("root");
if (!root) throw new Error("#root missing from index.html");
createRoot(root).render(
  <StrictMode>
    <App sources={DATASET_SOURCES} />
  </StrictMode>,
);
