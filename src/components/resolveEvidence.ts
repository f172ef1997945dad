// What the evidence panel says for a target: a heading, facts (value, how it was obtained), a
// note when there is nothing to show, and the spans of the report text to highlight. Pure, so it is
// tested without React; the panel renders the result as text nodes.
import { formatFigure, townshipName, type Mark } from "../derive";
import { indicatorDef, KEY_INDICATORS, shortcomingDef, type Observation, type StoredReport } from "../domain";
import type { EvidenceTarget } from "../store";
import { reviewFacts, reviewText } from "../text/review";
import { zh } from "../text/zh";
import { ruleText } from "./ruleText";

export interface Resolved {
  heading: string;
  facts: [string, string][];
  note: string | null;
  report: StoredReport | null;
  marks: Mark[];
  /** The engine's rule id, for experts only (the panel keeps it behind a collapsed toggle). */
  ruleId?: string;
}

export function resolveEvidence(
  target: EvidenceTarget,
  report: StoredReport | undefined,
  townshipLabel: string,
): Resolved {
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
  const where = `${townshipName(report)} · ${report.year === null ? "年份不详" : `${report.year}年`}`;
  if (target.kind === "report") return { heading: where, facts: [], note: null, report, marks: [] };
  if (target.kind === "shortcoming") {
    const item = report.shortcomings[target.index];
    if (!item) return { heading: where, facts: [], note: "找不到该条问题", report, marks: [] };
    return {
      heading: `${where} · 存在的不足`,
      facts: [
        ["类别", shortcomingDef(item.category).label],
        ...(item.review ? [[reviewText.column, reviewText.who(item.review)] as [string, string]] : []),
      ],
      note: null,
      report,
      marks: [{ start: item.start, end: item.end, kind: "primary" }],
    };
  }
  if (target.kind === "keys") return keysOf(report, where);
  const def = indicatorDef(target.indicator);
  const obs = report.indicators.find((o) => o.id === target.indicator);
  if (!obs) {
    // A figure a person rejected in 校对 (derive/corrections keeps it apart from the indicators).
    const gone = (report as { rejected?: Observation[] }).rejected?.find((o) => o.id === target.indicator);
    if (gone?.review)
      return {
        heading: `${where} · ${def.name}`,
        facts: reviewFacts(gone.review, def.unit),
        note: `${reviewText.state.rejected}：${formatFigure(gone.value, gone.unit || def.unit, gone.approx)}`,
        report,
        marks: [{ start: gone.evidence.start, end: gone.evidence.end, kind: "primary" }],
      };
    return { heading: `${where} · ${def.name}`, facts: [], note: zh.evidence.absent, report, marks: [] };
  }
  const facts: [string, string][] = [
    [zh.evidence.value, formatFigure(obs.value, obs.unit || def.unit, obs.approx)],
    [zh.evidence.basis, zh.basis[obs.basis]],
  ];
  if (obs.approx !== "exact") facts.push([zh.evidence.approx, zh.approx[obs.approx]]);
  if (obs.derivation) facts.push([zh.evidence.derivation, obs.derivation]);
  facts.push([zh.evidence.rule, ruleText(obs.rule)]);
  facts.push(...reviewFacts(obs.review, def.unit));
  return {
    heading: `${where} · ${def.name}`,
    facts,
    note: null,
    report,
    ruleId: obs.rule,
    marks: [
      ...(obs.sources ?? []).map((s): Mark => ({ start: s.start, end: s.end, kind: "source" })),
      { start: obs.evidence.start, end: obs.evidence.end, kind: "primary" },
    ],
  };
}

/**
 * A completeness-by-year cell ("3/4"): which of the ★ key indicators the report states, each with
 * its value, every stated one highlighted in the text, so the count can be checked at a glance.
 */
function keysOf(report: StoredReport, where: string): Resolved {
  const marks: Mark[] = [];
  const facts: [string, string][] = [];
  let stated = 0;
  for (const def of KEY_INDICATORS) {
    const obs = report.indicators.find((o) => o.id === def.id);
    if (!obs) {
      facts.push([def.short, zh.evidence.notStated]);
      continue;
    }
    stated++;
    const how = obs.basis === "derived" ? `（${zh.basis.derived}）` : "";
    facts.push([def.short, `${formatFigure(obs.value, obs.unit || def.unit, obs.approx)}${how}`]);
    marks.push({ start: obs.evidence.start, end: obs.evidence.end, kind: "primary" });
  }
  return {
    heading: `${where} · ${zh.evidence.keysHeading}`,
    facts: [[zh.evidence.keysCount, zh.completeness.keyCount(stated)], ...facts],
    note: report.error ? zh.evidence.unreadable : null,
    report,
    marks,
  };
}
