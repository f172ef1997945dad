// The shell: header, view tabs, the current view, and the evidence drawer. It renders
// [data-testid=app-ready] once the chosen data set is loaded (browser tests wait for it).
import { lazy, Suspense, useEffect, useLayoutEffect } from "react";
import { releaseCharts } from "./charts/chartPool";
import { EvidencePanel } from "./components";
import { CopyLinkButton } from "./components/CopyLink";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { selectDatasetEntry, selectReports, useDash, type DashState, type DatasetSource } from "./store";
import { titleOf } from "./store/title";
import { useWorkspace } from "./store/workspaceSlice";
import { zh } from "./text/zh";
import { WorkspaceNotice } from "./views/start/WorkspaceNotice";
import { chartHeightOf, WIDE_MIN } from "./views/geometry";
import { KeptTable } from "./views/table/KeptTable";
import {
  CompletenessView,
  DictionaryMount,
  Header,
  OverviewView,
  PANEL_ID,
  RankingView,
  LevelsView,
  ReviewView,
  ShortcomingsView,
  tabId,
  Tabs,
  TrendsView,
  useStickyTop,
  useViewport,
  useViewCode,
} from "./views";

// The start screen and the workspace's dialogs are chunks of their own (idb, the import code).
const StartScreen = lazy(() => import("./views/start/StartScreen"));
const WorkspaceDialogs = lazy(() => import("./views/import/Dialogs"));

/** An empty workspace (first run, or after 清空工作区) shows the start screen instead of views. */
const selectStarting = (s: DashState): boolean => {
  const e = s.datasets[s.dataset];
  return s.dataset === "workspace" && e?.status === "ready" && e.dataset.reports.length === 0;
};

function CurrentView() {
  const view = useDash((s) => s.view);
  const { width, height } = useViewport();
  // A new view starts at its top; the page would otherwise keep the last view's scroll (the tabs
  // stay on screen, so they are often clicked far down a page). A layout effect runs before the
  // dictionary's own effect, which then scrolls to the entry a link asked for.
  // Braces matter: newer Chromium returns a Promise from scrollTo, and React would take a returned
  // value for a cleanup function.
  useLayoutEffect(() => {
    window.scrollTo(0, 0);
  }, [view]);
  // Charts drawn ahead of a view (views/predraw.ts) are sized the same way.
  const chartHeight = chartHeightOf(height);
  const wide = width >= WIDE_MIN;
  switch (view) {
    case "overview":
      return <OverviewView />;
    case "trends":
      return <TrendsView height={chartHeight} />;
    case "ranking":
      return <RankingView height={chartHeight} />;
    case "levels":
      return <LevelsView />;
    case "completeness":
      return <CompletenessView wide={wide} />;
    case "shortcomings":
      return <ShortcomingsView height={chartHeight} wide={wide} />;
    case "table":
      return null; // KeptTable, beside CurrentView
    case "review":
      return <ReviewView />;
    case "dictionary":
      return <DictionaryMount />;
  }
}

/** A data set with thousands of bad records must not push the view off the screen. */
const MAX_REJECTED_SHOWN = 5;

/** The way back from a broken page: the default view of the default data set, loaded afresh. */
function reloadHome(): void {
  window.location.hash = "";
  window.location.reload();
}

/** The shell inside its own boundary: if even the header fails, the page says so instead of going white. */
export function App({ sources }: { sources: readonly DatasetSource[] }) {
  return (
    <ErrorBoundary
      what={zh.errors.shell}
      back={{ label: zh.errors.reload, onClick: reloadHome }}
      testId="shell-error"
    >
      <Shell sources={sources} />
    </ErrorBoundary>
  );
}

function Shell({ sources }: { sources: readonly DatasetSource[] }) {
  const entry = useDash(selectDatasetEntry);
  const evidence = useDash((s) => s.evidence);
  const evidenceOpen = evidence !== null;
  const view = useDash((s) => s.view);
  const viewChosen = useDash((s) => s.viewChosen);
  const evidenceClosed = useDash((s) => s.evidenceClosed);
  const rejected = entry?.status === "ready" ? (entry.dataset.rejected ?? []) : [];
  // From a broken view back to the overview; if the overview itself is broken, a fresh page.
  const viewBack =
    view === "overview"
      ? { label: zh.errors.reload, onClick: reloadHome }
      : { label: zh.errors.backToOverview, onClick: () => viewChosen("overview") };
  const starting = useDash(selectStarting);
  const viewCode = useViewCode(view);
  const panel = useWorkspace((s) => s.panel);
  const topRef = useStickyTop<HTMLDivElement>();
  const title = useDash(titleOf);
  // Charts parked by views left earlier (charts/chartPool.ts) hold the old reports: another data
  // set or an import disposes them.
  const reports = useDash(selectReports);
  useEffect(() => releaseCharts, [reports]);
  useEffect(() => {
    document.title = title;
  }, [title]);
  // The print stylesheet picks portrait or landscape A4 by view (src/print.css).
  useEffect(() => {
    document.documentElement.dataset.view = view;
  }, [view]);
  return (
    <div className={evidenceOpen ? "app with-evidence" : "app"}>
      <div className="app-top" ref={topRef}>
        <Header sources={sources} />
        {!starting && (
          <div className="tabs-row">
            <Tabs />
            <CopyLinkButton />
          </div>
        )}
      </div>
      <div className="body">
        <main className="content" id={PANEL_ID} role="tabpanel" aria-labelledby={tabId(view)}>
          <WorkspaceNotice />
          {(!entry || entry.status === "loading") && (
            <p className="loading" role="status">
              {zh.loading}
            </p>
          )}
          {entry?.status === "error" && (
            <div className="load-error" role="alert" data-testid="load-error">
              <strong>{zh.loadFailed}</strong>：{entry.reason}
            </div>
          )}
          {rejected.length > 0 && (
            <div className="load-warning" role="status" data-testid="load-rejected">
              <strong>{zh.rejected(rejected.length)}</strong>
              <ul>
                {rejected.slice(0, MAX_REJECTED_SHOWN).map((m) => (
                  <li key={m}>{m}</li>
                ))}
                {rejected.length > MAX_REJECTED_SHOWN && (
                  <li>{zh.rejectedMore(rejected.length - MAX_REJECTED_SHOWN)}</li>
                )}
              </ul>
            </div>
          )}
          {entry?.status === "ready" && (
            <ErrorBoundary what={zh.errors.view} back={viewBack} resetKey={view} testId="view-error">
              {/* The start screen is a lazy chunk; views load theirs without Suspense (views/lazy.ts). */}
              <Suspense
                fallback={
                  <p className="loading" role="status">
                    {zh.loadingView}
                  </p>
                }
              >
                {starting ? <StartScreen /> : <CurrentView />}
                {!starting && <KeptTable />}
                {/* Inside the boundary: "ready" means the data and the view's code are both here. */}
                {(starting || viewCode) && <span data-testid="app-ready" hidden />}
              </Suspense>
            </ErrorBoundary>
          )}
        </main>
        <ErrorBoundary
          what={zh.errors.panel}
          back={{ label: zh.errors.closePanel, onClick: evidenceClosed }}
          resetKey={evidence}
          testId="panel-error"
        >
          <EvidencePanel />
        </ErrorBoundary>
      </div>
      {panel !== null && (
        <Suspense fallback={null}>
          <WorkspaceDialogs />
        </Suspense>
      )}
    </div>
  );
}
