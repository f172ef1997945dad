// The evidence panel's report with its text: records carry no text (src/data/loader), so the text
// comes from the data set's text store when the panel opens. A report that still carries its text
// (an import of this session) is used as it is.
import { useEffect, useState } from "react";
import type { ReportRecord, StoredReport } from "../domain";
import type { TextStore } from "../data/loader";

export type ReportText = { status: "loading" } | { status: "ready"; report: StoredReport | undefined };

const hasText = (r: ReportRecord): r is StoredReport => typeof (r as Partial<StoredReport>).text === "string";

export function useReportText(report: ReportRecord | undefined, texts: TextStore | null): ReportText {
  const [loaded, setLoaded] = useState<{ id: string; text: string | null } | null>(null);
  const needs = report !== undefined && !hasText(report) && texts !== null;
  useEffect(() => {
    if (!needs || !report || !texts) return undefined;
    let live = true;
    texts.get(report.id).then(
      (text) => live && setLoaded({ id: report.id, text }),
      () => live && setLoaded({ id: report.id, text: null }),
    );
    return () => {
      live = false;
    };
  }, [needs, report, texts]);
  if (!report) return { status: "ready", report: undefined };
  if (hasText(report)) return { status: "ready", report };
  if (!needs) return { status: "ready", report: undefined };
  if (loaded?.id !== report.id) return { status: "loading" };
  return { status: "ready", report: loaded.text === null ? undefined : { ...report, text: loaded.text } };
}
