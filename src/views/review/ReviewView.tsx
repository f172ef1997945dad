// 校对: the workspace's reports, and per report the extracted figures beside the report text, each
// evidence highlighted. Confirm, correct or reject a figure; add one the engine missed by selecting
// its text; set township, county and year; fix a shortcoming item. Every correction records who
// and when and can be undone. Keys (shown on screen): J/K or ↓/↑ next/previous figure, Enter
// confirm, E correct, X reject, N next report, Ctrl+Z undo.
import "./review.css";
import { useEffect, useMemo, useState } from "react";
import { alternativesOf, type Alternatives, type Mark } from "../../derive";
import type { Evidence } from "../../domain";
import { selectDataset, useDash } from "../../store";
import { useReview, type ReviewState } from "../../store/reviewSlice";
import { reviewText } from "../../text/review";
import { workspaceDb } from "../../workspace";
import { AddFromSelection } from "./AddFromSelection";
import { AlternativeBar } from "./AlternativeBar";
import { CorrectionLog } from "./CorrectionLog";
import { FigureList } from "./FigureList";
import { MetaForm } from "./MetaForm";
import { figuresOf, isReviewRecord, reportLabel, reviewOrder, type ReviewRecord } from "./model";
import { ReportList } from "./ReportList";
import { ReviewerGate } from "./ReviewerGate";
import { reviewStore, startReview } from "./reviewStore";
import { ReviewText } from "./ReviewText";
import { ShortcomingList } from "./ShortcomingList";
import { useFileHints } from "./useFileHints";

const V = reviewText.view;
/** Keys meant for a field (or Enter/Space on a button) are not review shortcuts. */
const forControl = (e: KeyboardEvent) => {
  const t = e.target;
  if (!(t instanceof HTMLElement)) return false;
  if (t.isContentEditable || ["INPUT", "SELECT", "TEXTAREA"].includes(t.tagName)) return true;
  return t.tagName === "BUTTON" && (e.key === "Enter" || e.key === " ");
};

export function ReviewView() {
  useEffect(startReview, []);
  const isWorkspace = useDash((s) => s.dataset === "workspace");
  const dataset = useDash(selectDataset);
  const chooseWorkspace = useDash((s) => s.datasetChosen);
  const records = useMemo(
    () => (isWorkspace && dataset ? reviewOrder(dataset.reports.filter(isReviewRecord)) : []),
    [isWorkspace, dataset],
  );
  const alternatives = useMemo(() => alternativesOf(records), [records]);
  const withAlternative = useMemo(() => new Set(alternatives.ofPrimary.keys()), [alternatives]);
  const s = useReview(reviewStore, (x) => x);
  const record = records.find((r) => r.importKey === s.current) ?? records[0];

  if (!isWorkspace)
    return (
      <section className="rv-empty-view" data-testid="view-review">
        <p>{V.onlyWorkspace}</p>
        <button type="button" onClick={() => chooseWorkspace("workspace")}>
          {V.openWorkspace}
        </button>
      </section>
    );
  if (!s.reviewer) return <ReviewerGate onSave={(n) => void s.reviewerNamed(n)} error={s.error} />;
  if (!record)
    return (
      <section className="rv-empty-view" data-testid="view-review">
        {/* A correction refused because another tab emptied the workspace says so here too. */}
        {s.error && (
          <p className="rv-error" role="alert">
            {V.savedFailed(s.error)}
          </p>
        )}
        <p>{V.noWorkspace}</p>
      </section>
    );
  return (
    <section className="rv" data-testid="view-review">
      <ReportList
        records={records}
        current={record.importKey}
        onOpen={(k) => s.reportOpened(k)}
        withAlternative={withAlternative}
      />
      {/* Keyed by report: a new report starts with nothing selected or being edited. */}
      <ReportReview
        key={record.importKey}
        record={record}
        records={records}
        others={othersOf(record, records, alternatives)}
        s={s}
      />
    </section>
  );
}

/** The primary an alternative stands beside, or a primary's alternatives. */
function othersOf(record: ReviewRecord, records: ReviewRecord[], a: Alternatives): ReviewRecord[] {
  const ids = record.alternative
    ? [a.primaryOf.get(record.id) ?? null].filter((x): x is string => x !== null)
    : (a.ofPrimary.get(record.id) ?? []);
  return ids.map((id) => records.find((r) => r.id === id)).filter((r): r is ReviewRecord => !!r);
}

function ReportReview({
  record,
  records,
  others,
  s,
}: {
  record: ReviewRecord;
  records: ReviewRecord[];
  others: ReviewRecord[];
  s: ReviewState;
}) {
  const figures = useMemo(() => figuresOf(record), [record]);
  const hints = useFileHints(
    record.file,
    record.township === null || record.county === null || record.year === null,
  );
  const at = Math.min(s.figure, Math.max(0, figures.length - 1));
  const inHand = figures[at];
  const [editing, setEditing] = useState<number | null>(null);
  const [selection, setSelection] = useState<Evidence | null>(null);
  const [shown, setShown] = useState<Evidence | null>(null);

  const marks = useMemo((): Mark[] => {
    const primary = shown ?? inHand?.evidence;
    const rest = figures
      .filter((o) => o !== inHand && o.evidence.end > o.evidence.start)
      .map((o): Mark => ({ start: o.evidence.start, end: o.evidence.end, kind: "source" }));
    return primary ? [...rest, { start: primary.start, end: primary.end, kind: "primary" }] : rest;
  }, [figures, inHand, shown]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!record || forControl(e) || e.altKey || e.metaKey) return;
      const k = e.key.toLowerCase();
      if (e.ctrlKey) {
        if (k === "z") {
          e.preventDefault();
          void s.correctionUndone();
        }
        return;
      }
      const go = (i: number) => {
        setShown(null);
        s.figureFocused(Math.max(0, Math.min(figures.length - 1, i)));
      };
      if (k === "j" || e.key === "ArrowDown") go(at + 1);
      else if (k === "k" || e.key === "ArrowUp") go(at - 1);
      else if (e.key === "Enter" && inHand) void s.figureConfirmed(record.importKey, inHand);
      else if (k === "e" && inHand) setEditing(at);
      else if (k === "x" && inHand && inHand.review?.state !== "rejected")
        void s.figureRejected(record.importKey, inHand);
      else if (k === "n") {
        const i = records.indexOf(record);
        const next = records[(i + 1) % records.length];
        if (next) s.reportOpened(next.importKey);
      } else return;
      e.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [record, records, figures, at, inHand, s]);

  return (
    <>
      <div className="rv-work">
        <div className="rv-head">
          <h2>{reportLabel(record)}</h2>
          <span className="rv-count" data-testid="review-progress">
            {reviewText.progress(record.reviewed.done, record.reviewed.total)}
          </span>
          <span className="rv-reviewer">
            {V.reviewerLabel}：{s.reviewer}
          </span>
        </div>
        {s.error && (
          <p className="rv-error" role="alert">
            {V.savedFailed(s.error)}
          </p>
        )}
        <AlternativeBar
          record={record}
          others={others}
          onOpen={(k) => s.reportOpened(k)}
          onSwap={(p, alt) => workspaceDb.swapPrimary(p, alt)}
        />
        {record.unattached && record.unattached.length > 0 && (
          <p className="rv-stale">{V.staleCount(record.unattached.length)}</p>
        )}
        <h3>{V.meta}</h3>
        <MetaForm record={record} hints={hints} onSave={(f, v) => void s.metaSet(record.importKey, f, v)} />
        <h3>{V.figures}</h3>
        <FigureList
          figures={figures}
          current={at}
          editing={editing}
          onFocus={(i) => {
            setShown(null);
            s.figureFocused(i);
          }}
          onEdit={setEditing}
          onConfirm={(o) => void s.figureConfirmed(record.importKey, o)}
          onCorrect={(o, v) => void s.figureCorrected(record.importKey, o, v)}
          onReject={(o) => void s.figureRejected(record.importKey, o)}
        />
        <h3>{V.shortcomings}</h3>
        <ShortcomingList
          items={record.shortcomings}
          onCategory={(it, c) => void s.shortcomingRecategorised(record.importKey, it, c)}
          onRemove={(it) => void s.shortcomingRemoved(record.importKey, it)}
          onShow={(it) => setShown({ start: it.start, end: it.end, text: it.text })}
        />
        <CorrectionLog
          corrections={s.corrections.filter((c) => c.key === record.importKey)}
          canUndoLast={s.undo.length > 0}
          onUndo={(id) => void s.correctionUndone(id)}
        />
      </div>
      <div className="rv-source">
        <p className="rv-keys" data-testid="review-keys">
          {V.keys}
        </p>
        {selection ? (
          <AddFromSelection
            key={`${selection.start}:${selection.end}`}
            selection={selection}
            onAddFigure={(ind, v, unit) => {
              void s.figureAdded(record.importKey, ind, v, unit, selection);
              setSelection(null);
            }}
            onAddShortcoming={(c) => {
              void s.shortcomingAdded(record.importKey, selection, c);
              setSelection(null);
            }}
          />
        ) : (
          <p className="rv-sub">{V.selectHint}</p>
        )}
        <ReviewText text={record.text} marks={marks} onSelect={setSelection} />
      </div>
    </>
  );
}
