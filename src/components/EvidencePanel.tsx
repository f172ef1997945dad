// The side panel that answers "where does this number come from?": the report's normalised text
// with the evidence span highlighted and scrolled into view, and how the value was obtained
// (stated or derived, the derivation, approximate). Report text is rendered as React text nodes
// split around the spans, never as HTML.
import { useEffect, useMemo, useRef } from "react";
import { formatFigure, segmentText, type Mark } from "../derive";
import { indicatorDef, shortcomingDef, type StoredReport } from "../domain";
import { selectReportById, selectScope, useDash, type EvidenceTarget } from "../store";
import { zh } from "../text/zh";

interface Resolved {
  heading: string;
  facts: [string, string][];
  note: string | null;
  report: StoredReport | null;
  marks: Mark[];
}

function resolve(target: EvidenceTarget, report: StoredReport | undefined, townshipLabel: string): Resolved {
  if (target.kind === "no_report") {
    return {
      heading: `${townshipLabel} · ${target.year}年`,
      facts: [],
      note: zh.evidence.noReport,
      report: null,
      marks: [],
    };
  }
  if (!report)
    return {
      heading: target.reportId,
      facts: [],
      note: "找不到该报告（数据集已更换？）",
      report: null,
      marks: [],
    };
  const where = `${report.township} · ${report.year ?? "年份不详"}年`;
  if (target.kind === "report") return { heading: where, facts: [], note: null, report, marks: [] };
  if (target.kind === "shortcoming") {
    const item = report.shortcomings[target.index];
    if (!item) return { heading: where, facts: [], note: "找不到该条问题", report, marks: [] };
    return {
      heading: `${where} · 存在的不足`,
      facts: [["类别", shortcomingDef(item.category).label]],
      note: null,
      report,
      marks: [{ start: item.start, end: item.end, kind: "primary" }],
    };
  }
  const def = indicatorDef(target.indicator);
  const obs = report.indicators.find((o) => o.id === target.indicator);
  if (!obs)
    return { heading: `${where} · ${def.name}`, facts: [], note: zh.evidence.absent, report, marks: [] };
  const facts: [string, string][] = [
    [zh.evidence.value, formatFigure(obs.value, obs.unit || def.unit, obs.approx)],
    [zh.evidence.basis, zh.basis[obs.basis]],
  ];
  if (obs.approx !== "exact") facts.push([zh.evidence.approx, zh.approx[obs.approx]]);
  if (obs.derivation) facts.push([zh.evidence.derivation, obs.derivation]);
  facts.push([zh.evidence.rule, obs.rule]);
  return {
    heading: `${where} · ${def.name}`,
    facts,
    note: null,
    report,
    marks: [
      ...(obs.sources ?? []).map((s): Mark => ({ start: s.start, end: s.end, kind: "source" })),
      { start: obs.evidence.start, end: obs.evidence.end, kind: "primary" },
    ],
  };
}

export interface EvidenceViewProps {
  target: EvidenceTarget;
  report: StoredReport | undefined;
  /** Label of the township of a no-report target (the report cannot name it). */
  townshipLabel: string;
  onClose: () => void;
}

/** The panel's content, from props only (tested without a store or a DOM). */
export function EvidenceView({ target, report, townshipLabel, onClose }: EvidenceViewProps) {
  const markRef = useRef<HTMLElement>(null);
  const resolved = useMemo(() => resolve(target, report, townshipLabel), [target, report, townshipLabel]);
  const segments = useMemo(
    () => (resolved.report ? segmentText(resolved.report.text, resolved.marks) : []),
    [resolved],
  );
  // The first primary segment gets the ref that is scrolled into view.
  const firstPrimary = segments.findIndex((seg) => seg.kind === "primary");

  useEffect(() => {
    markRef.current?.scrollIntoView({ block: "center", behavior: "auto" });
  }, [segments]);

  return (
    <aside className="evidence-panel" data-testid="evidence-panel" aria-label={zh.evidence.title}>
      <header>
        <div>
          <div className="eyebrow">{zh.evidence.title}</div>
          <h2>{resolved.heading}</h2>
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
      {resolved.note && (
        <p className="evidence-note" data-testid="evidence-note">
          {resolved.note}
        </p>
      )}
      {resolved.report && (
        <>
          <div className="evidence-file">
            {zh.evidence.file}：{resolved.report.file}
          </div>
          <div
            className="report-text"
            data-testid="report-text"
            tabIndex={0}
            aria-label={zh.evidence.reportText}
          >
            {segments.map((seg, i) =>
              seg.kind === null ? (
                <span key={i}>{seg.text}</span>
              ) : (
                <mark
                  key={i}
                  className={seg.kind}
                  ref={i === firstPrimary ? markRef : undefined}
                  data-testid={seg.kind === "primary" ? "evidence-mark" : "evidence-source"}
                >
                  {seg.text}
                </mark>
              ),
            )}
          </div>
        </>
      )}
    </aside>
  );
}

/** The side panel wired to the store: opens for `state.evidence`, closes on × or Escape. */
export function EvidencePanel() {
  const target = useDash((s) => s.evidence);
  const report = useDash((s) =>
    target && target.kind !== "no_report" ? selectReportById(s, target.reportId) : undefined,
  );
  const scope = useDash(selectScope);
  const close = useDash((s) => s.evidenceClosed);
  const townshipLabel =
    target?.kind === "no_report"
      ? (scope.townships.find((t) => t.key === target.township)?.label ?? target.township)
      : "";

  useEffect(() => {
    if (!target) return undefined;
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && close();
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [target, close]);

  if (!target) return null;
  return <EvidenceView target={target} report={report} townshipLabel={townshipLabel} onClose={close} />;
}
