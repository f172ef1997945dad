// The side panel that answers "where does this number come from?": the report's normalised text
// with the evidence span highlighted and scrolled into view, and how the value was obtained
// (stated or derived, the derivation, approximate). Report text is rendered as React text nodes
// split around the spans, never as HTML.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, type Ref } from "react";
import type { StoredReport } from "../domain";
import { selectDataset, selectReportById, selectScope, useDash, type EvidenceTarget } from "../store";
import { zh } from "../text/zh";
import { HighlightedText } from "./HighlightedText";
import { resolveEvidence } from "./resolveEvidence";
import { useReportText } from "./useReportText";

export interface EvidenceViewProps {
  target: EvidenceTarget;
  report: StoredReport | undefined;
  /** The report's text is still being read: say so instead of "not found". */
  loading?: boolean;
  /** Label of the township of a no-report target (the report cannot name it). */
  townshipLabel: string;
  onClose: () => void;
  /** The heading, which takes focus when the panel opens (so Esc, × and the text are near). */
  headingRef?: Ref<HTMLHeadingElement>;
}

/** The panel's content, from props only (tested without a store or a DOM). */
export function EvidenceView({
  target,
  report,
  loading = false,
  townshipLabel,
  onClose,
  headingRef,
}: EvidenceViewProps) {
  const resolved = useMemo(
    () => resolveEvidence(target, report, townshipLabel),
    [target, report, townshipLabel],
  );

  return (
    <aside className="evidence-panel" data-testid="evidence-panel" aria-label={zh.evidence.title}>
      <header>
        <div>
          <div className="eyebrow">{zh.evidence.title}</div>
          <h2 ref={headingRef} tabIndex={-1} data-testid="evidence-heading">
            {resolved.heading}
          </h2>
        </div>
        <button
          type="button"
          className="icon-button"
          onClick={onClose}
          aria-label={zh.close}
          data-testid="evidence-close"
        >
          ×
        </button>
      </header>
      {resolved.facts.length > 0 && (
        <dl className="facts">
          {resolved.facts.map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
      )}
      {loading && (
        <p className="evidence-note" role="status">
          {zh.evidence.loadingText}
        </p>
      )}
      {!loading && resolved.note && (
        <p className="evidence-note" data-testid="evidence-note">
          {resolved.note}
        </p>
      )}
      {resolved.report && (
        <>
          <div className="evidence-file">
            {zh.evidence.file}：{resolved.report.file}
          </div>
          <HighlightedText
            text={resolved.report.text}
            marks={resolved.marks}
            className="report-text"
            testId="report-text"
            ariaLabel={zh.evidence.reportText}
            markTestIds={{ primary: "evidence-mark", source: "evidence-source" }}
          />
        </>
      )}
    </aside>
  );
}

/**
 * The side panel wired to the store: opens for `state.evidence`, closes on × or Escape. Opening
 * moves focus to its heading; closing gives focus back to what opened it (a tile figure, a table
 * cell, a list item), so a keyboard user carries on where they were.
 */
export function EvidencePanel() {
  const target = useDash((s) => s.evidence);
  const report = useDash((s) =>
    target && target.kind !== "no_report" ? selectReportById(s, target.reportId) : undefined,
  );
  const texts = useDash((s) => selectDataset(s)?.texts ?? null);
  const withText = useReportText(report, texts);
  const scope = useDash(selectScope);
  const closed = useDash((s) => s.evidenceClosed);
  const townshipLabel =
    target?.kind === "no_report"
      ? (scope.townships.find((t) => t.key === target.township)?.label ?? target.township)
      : "";
  const isOpen = target !== null;
  const heading = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLElement | null>(null);

  // Before paint, while focus is still on the opener.
  useLayoutEffect(() => {
    if (!isOpen) return;
    const active = document.activeElement;
    opener.current = active instanceof HTMLElement && active !== document.body ? active : null;
    heading.current?.focus({ preventScroll: true });
  }, [isOpen]);

  const close = useCallback(() => {
    const back = opener.current;
    opener.current = null;
    closed();
    if (back?.isConnected) back.focus({ preventScroll: true });
  }, [closed]);

  useEffect(() => {
    if (!isOpen) return undefined;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") close();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [isOpen, close]);

  if (!target) return null;
  return (
    <EvidenceView
      target={target}
      report={withText.status === "ready" ? withText.report : undefined}
      loading={withText.status === "loading"}
      townshipLabel={townshipLabel}
      onClose={close}
      headingRef={heading}
    />
  );
}
